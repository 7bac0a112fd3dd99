package io.evalstream.item.rest;

import io.evalstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The published schema of a kind is served as JSON, and an unknown kind is a 404 problem naming the known ones. */
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
}
