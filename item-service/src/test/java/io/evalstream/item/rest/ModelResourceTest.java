package io.evalstream.item.rest;

import io.evalstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** Strategy: the catalogue through HTTP on the real database; secrets are refused and never echoed. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ModelResourceTest {

    @Test
    void listsTheSeededBuiltIns() {
        given().when().get("/api/models")
                .then().statusCode(200)
                .body("id", hasItems("builtin:oracle", "builtin:random", "builtin:first-option", "builtin:always-true"))
                .body("find { it.id == 'builtin:first-option' }.provider", equalTo("builtin"))
                .body("find { it.id == 'builtin:first-option' }.modelName", equalTo("first-option"))
                .body("find { it.id == 'builtin:first-option' }.builtin", equalTo(true));
        given().when().get("/api/models/builtin:oracle")
                .then().statusCode(200).body("modelName", equalTo("oracle"));
    }

    @Test
    void registersAModelThatNamesItsKeyVariable() {
        String id = "openai:gpt-test-" + UUID.randomUUID().toString().substring(0, 6);

        given().contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"provider\":\"openai\",\"baseUrl\":\"http://localhost:9999/v1\","
                        + "\"apiKeyEnv\":\"OPENAI_API_KEY\"}")
                .when().post("/api/models")
                .then().statusCode(201)
                .header("Location", containsString("/api/models/"))
                .body("id", equalTo(id))
                .body("modelName", equalTo(id.substring("openai:".length())))
                .body("apiKeyEnv", equalTo("OPENAI_API_KEY"))
                .body("builtin", equalTo(false));

        given().contentType(ContentType.JSON).body("{\"id\":\"" + id + "\",\"provider\":\"openai\"}")
                .when().post("/api/models")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void registersPriceLimitsAndCapabilitiesAndShowsProviderDefaultsOtherwise() {
        String id = "openai:priced-" + UUID.randomUUID().toString().substring(0, 6);
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"provider\":\"openai\",\"baseUrl\":\"http://localhost:9999\","
                        + "\"inputUsdPerMillionTokens\":2.5,\"outputUsdPerMillionTokens\":10,"
                        + "\"limits\":{\"maxConcurrency\":16,\"requestsPerMinute\":500,\"tokensPerMinute\":30000},"
                        + "\"capabilities\":[\"label_probs\",\"n_multiple\"]}")
                .when().post("/api/models")
                .then().statusCode(201);
        given().when().get("/api/models/" + id).then().statusCode(200)
                .body("inputUsdPerMillionTokens", equalTo(2.5f))
                .body("outputUsdPerMillionTokens", equalTo(10.0f))
                .body("limits.maxConcurrency", equalTo(16))
                .body("limits.requestsPerMinute", equalTo(500))
                .body("limits.tokensPerMinute", equalTo(30000))
                .body("capabilities", org.hamcrest.Matchers.contains("label_probs", "n_multiple"))
                .body("capabilitiesDeclared", equalTo(true));

        String plain = "anthropic:plain-" + UUID.randomUUID().toString().substring(0, 6);
        given().contentType(ContentType.JSON).body("{\"id\":\"" + plain + "\",\"provider\":\"anthropic\"}")
                .when().post("/api/models").then().statusCode(201);
        given().when().get("/api/models/" + plain).then().statusCode(200)
                .body("capabilities", org.hamcrest.Matchers.empty())
                .body("capabilitiesDeclared", equalTo(false))
                .body("inputUsdPerMillionTokens", org.hamcrest.Matchers.nullValue());
        given().when().get("/api/models/builtin:oracle").then().statusCode(200)
                .body("capabilities", org.hamcrest.Matchers.contains("label_probs", "prompt_likelihood"))
                .body("inputUsdPerMillionTokens", equalTo(0.0f));
    }

    @Test
    void refusesBadPricesLimitsAndCapabilitiesNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"bad-1\",\"provider\":\"openai\",\"inputUsdPerMillionTokens\":-1,"
                        + "\"outputUsdPerMillionTokens\":1,\"limits\":{\"maxConcurrency\":0,\"rpm\":5},"
                        + "\"capabilities\":[\"telepathy\"]}")
                .when().post("/api/models")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("inputUsdPerMillionTokens",
                        "inputUsdPerMillionTokens", "limits.maxConcurrency", "limits.rpm", "capabilities[0]"));
    }

    @Test
    void refusesABodyWithAnApiKeyAndDoesNotEchoIt() {
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"leaky\",\"provider\":\"openai\",\"apiKey\":\"sk-very-secret\"}")
                .when().post("/api/models")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("apiKey"))
                .body(not(containsString("sk-very-secret")));

        given().when().get("/api/models/leaky").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void malformedJsonIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"id\": ")
                .when().post("/api/models")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"));
    }
}
