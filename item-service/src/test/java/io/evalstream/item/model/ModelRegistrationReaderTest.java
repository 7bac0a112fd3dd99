package io.evalstream.item.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.item.problem.ProblemError;
import io.evalstream.item.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Strategy: valid and invalid registration bodies, with particular care that no secret field is ever accepted. */
class ModelRegistrationReaderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void readsAValidRegistrationAndDefaultsTheModelName() throws Exception {
        ModelRegistration registration = ModelRegistrationReader.read(json("""
                {"id":"openai:gpt-4o-mini","provider":"openai","baseUrl":"https://api.openai.com/v1",
                 "apiKeyEnv":"OPENAI_API_KEY"}"""));

        assertThat(registration).isEqualTo(new ModelRegistration("openai:gpt-4o-mini", "openai",
                "https://api.openai.com/v1", "gpt-4o-mini", "OPENAI_API_KEY"));
    }

    @Test
    void refusesAnApiKeyField() throws Exception {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> ModelRegistrationReader.read(json("""
                {"id":"x","provider":"openai","apiKey":"sk-123"}""")));

        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().errors()).extracting(ProblemError::field).containsExactly("apiKey");
        assertThat(e.problem().toString()).doesNotContain("sk-123");
    }

    @Test
    void refusesSecretLookAlikes() throws Exception {
        for (String field : new String[] { "api_key", "API-KEY", "secret", "token", "password" }) {
            ProblemException e = catchThrowableOfType(ProblemException.class,
                    () -> ModelRegistrationReader.read(json("{\"id\":\"x\",\"provider\":\"p\",\"" + field + "\":\"s\"}")));
            assertThat(e.problem().errors()).extracting(ProblemError::field).containsExactly(field);
        }
    }

    @Test
    void reportsEveryInvalidField() throws Exception {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> ModelRegistrationReader.read(json("""
                {"id":"builtin:mine","provider":"builtin","baseUrl":"ftp://x","apiKeyEnv":"sk-live key","colour":1}""")));

        assertThat(e.problem().errors()).extracting(ProblemError::field)
                .containsExactlyInAnyOrder("colour", "id", "provider", "baseUrl", "apiKeyEnv");
    }

    @Test
    void requiresIdAndProvider() throws Exception {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> ModelRegistrationReader.read(json("{}")));

        assertThat(e.problem().errors()).extracting(ProblemError::field).containsExactlyInAnyOrder("id", "provider");
    }

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }
}
