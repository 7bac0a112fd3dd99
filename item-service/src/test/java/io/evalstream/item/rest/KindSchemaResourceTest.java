package io.evalstream.item.rest;

import io.evalstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.oneOf;

/**
 * {@code GET /api/datasets/kinds/{kind}/schema} ({@link DatasetResource}): the published schema of a kind is served as JSON, an unknown kind is a 404 problem naming the known ones, and
 * the route does not hide a dataset that happens to be named {@code kinds}.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class KindSchemaResourceTest {

    @Test
    void servesTheSchemaOfAKind() {
        given().get("/api/datasets/kinds/multiple_choice/schema").then().statusCode(200)
                .body("properties.kind.const", equalTo("multiple_choice"))
                .body("properties.choices.minItems", equalTo(2))
                .body("required", hasItems("id", "kind", "question", "choices", "answer"));
    }

    @Test
    void anUnknownKindIsNotFound() {
        given().get("/api/datasets/kinds/essay/schema").then().statusCode(404)
                .body("detail", containsString("essay"))
                .body("detail", containsString("multiple_choice"));
    }

    @Test
    void aDatasetNamedKindsIsStillImportedAndRead() {
        String line = "{\"kind\":\"generation\",\"id\":\"g1\",\"prompt\":\"Hi\"}\n";
        given().contentType("application/x-ndjson").body(line.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/datasets/{name}/items", "kinds")
                .then().statusCode(oneOf(200, 201)).body("name", equalTo("kinds"));
        given().get("/api/datasets/{name}", "kinds").then().statusCode(200).body("name", equalTo("kinds"));
    }
}
