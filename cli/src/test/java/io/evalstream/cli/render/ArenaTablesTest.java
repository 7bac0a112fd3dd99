package io.evalstream.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ArenaTablesTest {
    static final String REPORT = """
            {"games":{"judged":40,"unparsable":2,"errors":1,"skipped":4,"pairsJudged":20},
             "ratings":[{"judge":"j1","battles":20,"anchor":null,
               "bradleyTerry":[{"model":"good","rating":1100.5,"low":1050.0,"high":1150.0,"rank":1,"n":20},
                               {"model":"bad","rating":899.5,"low":850.0,"high":950.0,"rank":2,"n":20}],
               "elo":[{"model":"good","mean":1010.0,"sd":2.5},{"model":"bad","mean":990.0,"sd":2.5}],
               "transitivity":{"transitive":true,"pairsAgreeing":1,"pairsCompared":1},
               "pairs":{"spearman":1.0,"kendall":1.0,"nReferenced":2,"prompts":10}},
              {"judge":"j2","battles":0,"note":"no judged pair yet"}],
             "audit":[{"judge":"j1","games":40,"unparsable":2,"costUsd":0.04,
               "consistency":{"estimate":0.9,"low":0.7,"high":0.97,"n":20},
               "firstBias":{"estimate":0.05,"low":0.01,"high":0.2,"n":20},
               "lengthBias":{"estimate":0.1,"low":-0.3,"high":0.5,"n":20},
               "selfPreference":{"ownModel":"good","delta":0.2,"low":0.1,"high":0.3,"n":10}}],
             "agreement":[{"judgeA":"j1","judgeB":"j2","kappa":0.5,"low":0.2,"high":0.8,"n":20}]}
            """;

    @Test
    void rendersRatingsWithIntervalsAndTheAuditWithN() throws Exception {
        JsonNode report = new ObjectMapper().readTree(REPORT);
        String text = ArenaTables.render(report);
        assertThat(text).contains("40 judged, 2 unparsable, 1 errors, 4 not sent");
        assertThat(text).contains("Ratings by judge j1 (20 order-averaged battles)");
        String goodLine = text.lines().filter(l -> l.contains(" good ")).findFirst().orElseThrow();
        assertThat(goodLine).contains("1100.5").contains("[1050.0, 1150.0]").contains("1010.0");
        assertThat(text.indexOf(" good ")).isLessThan(text.indexOf(" bad "));
        assertThat(text).contains("PairS vs reference: Spearman 1.000");
        assertThat(text).contains("no judged pair yet");
        assertThat(text).contains("0.90 [0.70, 0.97] n=20").contains("+0.20 [0.10, 0.30]");
        assertThat(text).contains("Agreement between judges").contains("0.500");
    }
}
