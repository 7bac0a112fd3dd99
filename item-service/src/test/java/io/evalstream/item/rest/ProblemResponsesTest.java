package io.evalstream.item.rest;

import io.evalstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Strategy: failures that no resource handles itself still answer with a problem document; the operational endpoints answer. */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ProblemResponsesTest {

    @Test
    void wrongMethodIsAProblem() {
        given().when().delete("/api/models")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void missingBodyIsAProblem() {
        given().contentType(ContentType.JSON)
                .when().post("/api/runs")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void nestedTypeErrorsNameTheElement() {
        given().contentType(ContentType.JSON).body("{\"suite\":\"x\",\"models\":[\"a\",{\"b\":1}]}")
                .when().post("/api/runs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("models[1]"))
                .body("detail", not(containsString("java.")));
    }

    @Test
    void healthAndMetricsAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/api/models").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("evalstream_item"))
                .body(containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\""))
                .body(containsString("http_server_active_requests"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/runs"))
                .body(containsString("RunRequest"));
    }
}
