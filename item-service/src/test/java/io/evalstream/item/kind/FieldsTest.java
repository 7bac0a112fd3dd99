package io.evalstream.item.kind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anOptionalTextIsNullWhenAbsentOrNullAndAnErrorWhenGivenButNotANonBlankString() throws Exception {
        JsonNode line = JSON.readTree("{\"given\":\"  kept as written \",\"nothing\":null,\"blank\":\" \",\"number\":3}");
        FieldErrors errors = new FieldErrors();
        assertThat(Fields.optionalText(line, "given", errors)).isEqualTo("  kept as written ");
        assertThat(Fields.optionalText(line, "absent", errors)).isNull();
        assertThat(Fields.optionalText(line, "nothing", errors)).isNull();
        assertThat(errors.isEmpty()).isTrue();

        assertThat(Fields.optionalText(line, "blank", errors)).isNull();
        assertThat(Fields.optionalText(line, "number", errors)).isNull();
        assertThat(errors.list()).containsExactly(
                new FieldErrors.FieldError("blank", "must be a non-blank string when given"),
                new FieldErrors.FieldError("number", "must be a non-blank string when given"));
    }
}
