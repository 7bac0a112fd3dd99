package io.evalstream.item.rest;

import io.evalstream.item.support.Jsonl;
import io.evalstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * Strategy: import through HTTP into the real PostgreSQL and read back through HTTP. Every test uses its own
 * dataset name, because the database lives for the whole test JVM.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class DatasetResourceTest {
    private static final String TWO_ITEMS = Jsonl.multipleChoice(1)
            + Jsonl.trueFalse("tf-1", "Water is wet.", true);

    /** Bytes, because RestAssured encodes strings only for content types it knows, and JSONL is not one. */
    static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String uniqueName() {
        return "ds-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void importsAFileAndListsIt() {
        String name = uniqueName();

        given().contentType("application/x-ndjson").body(utf8(TWO_ITEMS))
                .when().post("/api/datasets/{name}/items", name)
                .then().statusCode(201)
                .header("Location", containsString("/api/datasets/" + name))
                .body("name", equalTo(name))
                .body("version", equalTo(1))
                .body("items", equalTo(2))
                .body("contentHash", matchesPattern("[0-9a-f]{64}"));

        given().when().get("/api/datasets/{name}", name)
                .then().statusCode(200)
                .body("latestVersion", equalTo(1))
                .body("versions", hasSize(1))
                .body("versions[0].items", equalTo(2));
        given().when().get("/api/datasets")
                .then().statusCode(200)
                .body("name", hasItem(name));
    }

    @Test
    void rejectsTheWholeFileWhenLineThreeIsBadAndStoresNothing() {
        String name = uniqueName();
        String body = Jsonl.lines(
                "{\"kind\":\"true_false\",\"id\":\"a\",\"statement\":\"One.\",\"label\":true}",
                "{\"kind\":\"true_false\",\"id\":\"b\",\"statement\":\"Two.\",\"label\":false}",
                "{\"kind\":\"multiple_choice\",\"id\":\"c\",\"question\":\"Q?\",\"choices\":[\"x\",\"y\"],\"answer\":2}",
                "{\"kind\":\"true_false\",\"id\":\"d\",\"statement\":\"Four.\",\"label\":true}");

        given().contentType("application/jsonl").body(utf8(body))
                .when().post("/api/datasets/{name}/items", name)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", containsString("invalid-import"))
                .body("title", equalTo("Invalid dataset file"))
                .body("status", equalTo(400))
                .body("detail", containsString("line 3"))
                .body("errors", hasSize(1))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].field", equalTo("answer"))
                .body("errors[0].message", containsString("index of choices"));

        given().when().get("/api/datasets/{name}", name)
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/datasets")
                .then().statusCode(200)
                .body("name", not(hasItem(name)));
    }

    @Test
    void reimportingIdenticalContentReturnsTheSameVersionAndNewContentTheNext() {
        String name = uniqueName();
        given().contentType(ContentType.TEXT).body(utf8(TWO_ITEMS)).post("/api/datasets/{name}/items", name)
                .then().statusCode(201).body("version", equalTo(1));

        String hash = given().contentType("application/x-ndjson").body(utf8(TWO_ITEMS.replace("\n", "\r\n")))
                .post("/api/datasets/{name}/items", name)
                .then().statusCode(200).body("version", equalTo(1)).extract().path("contentHash");
        given().contentType("application/x-ndjson").body(utf8(TWO_ITEMS + Jsonl.trueFalse("tf-2", "Fire is cold.", false)))
                .post("/api/datasets/{name}/items", name)
                .then().statusCode(201).body("version", equalTo(2)).body("contentHash", not(equalTo(hash)));

        given().when().get("/api/datasets/{name}", name)
                .then().statusCode(200)
                .body("latestVersion", equalTo(2))
                .body("versions.version", everyItem(org.hamcrest.Matchers.oneOf(1, 2)))
                .body("versions.items", org.hamcrest.Matchers.contains(2, 3));
    }

    @Test
    void demoSuiteImportsOnceAndThenReturnsTheSameVersion() {
        int version = given().when().post("/api/datasets/demo")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .body("name", equalTo("strange-demo"))
                .body("items", equalTo(300))
                .extract().path("version");

        given().when().post("/api/datasets/demo")
                .then().statusCode(200)
                .body("version", equalTo(version))
                .body("items", equalTo(300));
    }

    @Test
    void rejectsBadNamesAndUnsupportedMediaTypesAsProblems() {
        given().contentType("application/x-ndjson").body(utf8(TWO_ITEMS))
                .when().post("/api/datasets/{name}/items", "-bad name")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));

        given().contentType("application/xml").body("<x/>")
                .when().post("/api/datasets/{name}/items", uniqueName())
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void unknownDatasetIsANotFoundProblem() {
        given().when().get("/api/datasets/{name}", "no-such-dataset")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no-such-dataset"));
    }
}
