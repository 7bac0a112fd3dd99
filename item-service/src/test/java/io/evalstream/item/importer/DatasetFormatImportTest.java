package io.evalstream.item.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.evalstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Format imports through HTTP into the real PostgreSQL, with a test-only format ({@link TabSeparatedStatements}):
 * converted items are stored as a version, a bad converted row rejects the whole upload naming its file and line,
 * and an unknown format is a 404 listing the known ones.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class DatasetFormatImportTest {

    private static String uniqueName() {
        return "fmt-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> bundle(Map<String, String> files) {
        return Map.of("files", files.entrySet().stream()
                .map(e -> Map.of("name", e.getKey(), "content", e.getValue())).toList());
    }

    @Test
    void convertedFilesBecomeOneVersion() {
        String name = uniqueName();
        given().contentType(ContentType.JSON)
                .body(bundle(Map.of("a/one.tsv", "s1\tWater is wet.\ttrue\n\ns2\tFire is cold.\tfalse\n",
                        "b/two.tsv", "s3\tIce floats.\ttrue")))
                .post("/api/datasets/{name}/import/test-tsv", name)
                .then().statusCode(201).body("items", equalTo(3)).body("version", equalTo(1));
        given().get("/api/datasets/formats").then().statusCode(200).body("$", hasKey("test-tsv"));
    }

    @Test
    void aBadRowRejectsTheUploadNamingFileAndLine() {
        String name = uniqueName();
        given().contentType(ContentType.JSON)
                .body(bundle(Map.of("good.tsv", "g1\tWater is wet.\ttrue", "bad.tsv", "b1\tok\ttrue\nb2\tbad\tmaybe")))
                .post("/api/datasets/{name}/import/test-tsv", name)
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].file", equalTo("bad.tsv"))
                .body("errors[0].line", equalTo(2))
                .body("errors[0].field", equalTo("label"))
                .body("detail", containsString("bad.tsv line 2"));
        // atomic: nothing of the upload was stored
        given().get("/api/datasets/{name}", name).then().statusCode(404);
    }

    @Test
    void unknownFormatsAndEmptyUploadsAreClearProblems() {
        given().contentType(ContentType.JSON).body(bundle(Map.of("x.csv", "a,b")))
                .post("/api/datasets/{name}/import/no-such-format", uniqueName())
                .then().statusCode(404).body("detail", containsString("test-tsv"));
        given().contentType(ContentType.JSON).body(Map.of("files", List.of()))
                .post("/api/datasets/{name}/import/test-tsv", uniqueName())
                .then().statusCode(400).body("detail", containsString("files"));
    }
}
