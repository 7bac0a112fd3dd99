package io.evalstream.item.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.evalstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /api/models/{id}}: a registered id can be pointed at another target (the "same name, different model"
 * case regression detection exists for); built-ins cannot, unknown ids are 404, and the body's id must match.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ModelUpdateTest {

    @Test
    void aRegisteredIdIsRepointedAndBuiltInsAndUnknownIdsAreRefused() {
        String id = "acme:m-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"provider\":\"builtin\",\"modelName\":\"first-option@0.9\"}")
                .post("/api/models").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"provider\":\"builtin\",\"modelName\":\"first-option@0.5\"}")
                .put("/api/models/{id}", id).then().statusCode(200).body("modelName", equalTo("first-option@0.5"));
        given().get("/api/models/{id}", id).then().body("modelName", equalTo("first-option@0.5"));

        given().contentType(ContentType.JSON)
                .body("{\"id\":\"builtin:oracle\",\"provider\":\"builtin\",\"modelName\":\"random\"}")
                .put("/api/models/{id}", "builtin:oracle").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("id"));
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"acme:none\",\"provider\":\"builtin\",\"modelName\":\"random\"}")
                .put("/api/models/{id}", "acme:none").then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"acme:other\",\"provider\":\"builtin\",\"modelName\":\"random\"}")
                .put("/api/models/{id}", id).then().statusCode(400).body("errors[0].field", equalTo("id"));
    }
}
