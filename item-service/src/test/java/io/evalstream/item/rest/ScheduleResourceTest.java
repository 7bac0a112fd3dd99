package io.evalstream.item.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.evalstream.item.schedule.ScheduleService;
import io.evalstream.item.support.Jsonl;
import io.evalstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Schedules over HTTP with a hand-driven clock ({@link ScheduleService#fireDue} with a chosen "now"; the periodic
 * check is off in tests): a schedule is not started before it is due, a schedule due several times while nobody
 * checked starts exactly one run, every run is kept, and bad cron or run fields are problems naming the field.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ScheduleResourceTest {
    @Inject
    ScheduleService schedules;

    private static String importDataset() {
        String name = "sched-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType("application/x-ndjson").body(DatasetResourceTest.utf8(Jsonl.multipleChoice(3)))
                .post("/api/datasets/{name}/items", name).then().statusCode(201);
        return name;
    }

    @Test
    void aDueScheduleStartsOneRunAndEveryRunIsKept() {
        String suite = importDataset();
        JsonPath created = given().contentType(ContentType.JSON)
                .body("{\"cron\":\"0 3 * * *\",\"suite\":\"" + suite + "\",\"models\":[\"builtin:oracle\"],"
                        + "\"permutations\":\"CYCLIC\"}")
                .post("/api/schedules").then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        Instant nextDue = Instant.parse(created.getString("nextDue"));
        ZonedDateTime due = nextDue.atZone(ZoneOffset.UTC);
        assertThat(due.getHour()).isEqualTo(3);
        assertThat(due.getMinute()).isZero();
        assertThat(nextDue).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(25)));
        assertThat(created.getString("run.permutations")).isEqualTo("CYCLIC");

        schedules.fireDue(nextDue.minusSeconds(1));
        assertThat(given().get("/api/schedules/{id}", id).jsonPath().getList("runs")).isEmpty();

        // nobody checked for three days (the service was down): the schedule fires once, not three times
        Instant late = nextDue.plus(3, ChronoUnit.DAYS).plusSeconds(60);
        schedules.fireDue(late);
        schedules.fireDue(late);
        JsonPath afterFirst = given().get("/api/schedules/{id}", id).jsonPath();
        List<String> runs = afterFirst.getList("runs.runId");
        assertThat(runs).hasSize(1);
        assertThat(afterFirst.getString("lastRunId")).isEqualTo(runs.get(0));
        assertThat(Instant.parse(afterFirst.getString("nextDue")))
                .isEqualTo(nextDue.plus(4, ChronoUnit.DAYS));
        given().get("/api/runs/{id}", runs.get(0)).then().statusCode(200).body("suite", equalTo(suite))
                .body("status", equalTo("EMITTED")).body("expectedRequests", equalTo(3 * 4));

        schedules.fireDue(nextDue.plus(4, ChronoUnit.DAYS));
        List<String> both = given().get("/api/schedules/{id}", id).jsonPath().getList("runs.runId");
        assertThat(both).hasSize(2).contains(runs.get(0)).doesNotHaveDuplicates();

        given().get("/api/schedules").then().statusCode(200).body("id", hasItem(id));
        given().delete("/api/schedules/{id}", id).then().statusCode(204);
        given().get("/api/schedules/{id}", id).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().get("/api/runs/{id}", runs.get(0)).then().statusCode(200);
    }

    @Test
    void badCronAndRunFieldsAreProblemsNamingTheField() {
        String suite = importDataset();
        given().contentType(ContentType.JSON)
                .body("{\"cron\":\"every night\",\"suite\":\"" + suite + "\",\"models\":[\"builtin:oracle\"]}")
                .post("/api/schedules").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("cron"));
        given().contentType(ContentType.JSON)
                .body("{\"cron\":\"0 3 * * *\",\"suite\":\"" + suite + "\",\"models\":[\"nope\"]}")
                .post("/api/schedules").then().statusCode(400).body("errors[0].field", equalTo("models[0]"));
    }
}
