package io.evalstream.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ArenaTablesTest {
    static final String REPORT = """
            {"games":{"judged":40,"unparsable":2,"errors":1,"skipped":4,"pairsJudged":20,"pairsSkipped":2,
               "failedAnswers":[{"model":"third","answers":1,"pairsSkipped":2}]},
             "ratings":[{"judge":"j1","battles":20,"anchor":null,
               "bradleyTerry":[{"model":"good","rating":1100.5,"low":1050.0,"high":1150.0,"rank":1,"n":20},
                               {"model":"bad","rating":899.5,"low":850.0,"high":950.0,"rank":2,"n":20}],
               "elo":[{"model":"good","mean":1010.0,"sd":2.5},{"model":"bad","mean":990.0,"sd":2.5}],
               "transitivity":{"transitive":true,"pairsAgreeing":1,"pairsCompared":1},
               "pairs":{"spearman":1.0,"kendall":1.0,"nReferenced":2,"prompts":10},
               "baseline":{"baseline":"bad","rows":[{"model":"good","winRate":75.0,"standardError":4.5,"low":66.2,
                 "high":83.8,"n":20,"lcWinRate":61.5,"lcStandardError":6.0,"lcLow":50.1,"lcHigh":72.9,"lcN":20}]}},
              {"judge":"j2","battles":0,"note":"no judged pair yet"}],
             "audit":[{"judge":"j1","games":40,"unparsable":2,"costUsd":0.04,
               "consistency":{"estimate":0.9,"low":0.7,"high":0.97,"n":20},
               "firstBias":{"estimate":0.05,"low":0.01,"high":0.2,"n":20},
               "lengthBias":{"estimate":0.1,"low":-0.3,"high":0.5,"n":20},
               "selfPreference":{"ownModel":"good","delta":0.2,"low":0.1,"high":0.3,"n":10},
               "human":{"judgeA":"j1","judgeB":"human","kappa":0.667,"low":0.21,"high":1.12,"agreement":0.83,"n":6}}],
             "agreement":[{"judgeA":"j1","judgeB":"j2","kappa":0.5,"low":0.2,"high":0.8,"n":20}]}
            """;

    @Test
    void rendersSingleRatingsWithIntervalsAndN() throws Exception {
        JsonNode report = new ObjectMapper().readTree("""
                {"games":{"judged":0,"unparsable":0,"errors":0,"skipped":2,"pairsJudged":0},
                 "ratings":[{"judge":"j1","battles":0,"note":"no judged pair yet"}],
                 "singleRatings":[{"judge":"j1","ratings":[
                   {"model":"good","mean":8.25,"sd":0.5,"low":7.45,"high":9.05,"n":4,"unparsable":1,"errors":0}]}],
                 "audit":[],"agreement":[]}
                """);
        String text = ArenaTables.render(report);
        assertThat(text).contains("Single ratings by judge j1");
        String good = text.lines().filter(l -> l.contains(" good ")).findFirst().orElseThrow();
        assertThat(good).contains("8.25").contains("[7.45, 9.05]").contains("0.50").containsPattern("4\\s+1\\s+0$");
        assertThat(text).doesNotContain("no judged pair yet");
    }

    @Test
    void rendersRatingsWithIntervalsAndTheAuditWithN() throws Exception {
        JsonNode report = new ObjectMapper().readTree(REPORT);
        String text = ArenaTables.render(report);
        assertThat(text).contains("40 judged, 2 unparsable, 1 errors, 4 not sent");
        assertThat(text).contains("Unjudged: 2 pairs never judged because an answer failed: third 1 failed answers "
                + "(2 pairs)");
        assertThat(text).contains("Ratings by judge j1 (20 order-averaged battles)");
        String goodLine = text.lines().filter(l -> l.contains(" good ")).findFirst().orElseThrow();
        assertThat(goodLine).contains("1100.5").contains("[1050.0, 1150.0]").contains("1010.0");
        assertThat(text.indexOf(" good ")).isLessThan(text.indexOf(" bad "));
        assertThat(text).contains("PairS vs reference: Spearman 1.000");
        assertThat(text).contains("no judged pair yet");
        assertThat(text).contains("Win rate against bad");
        String vsBaseline = text.lines().filter(l -> l.contains("75.0")).findFirst().orElseThrow();
        assertThat(vsBaseline).contains("good").contains("4.5").contains("[66.2, 83.8]").contains("61.5")
                .contains("6.0").contains("[50.1, 72.9]");
        assertThat(text).contains("0.90 [0.70, 0.97] n=20").contains("+0.20 [0.10, 0.30]");
        assertThat(text).contains("Agreement between judges").contains("0.500");
        assertThat(text).contains("Agreement with human labels");
        String human = text.lines().filter(l -> l.contains("0.667")).findFirst().orElseThrow();
        assertThat(human).contains("j1").contains("[0.21, 1.12]").contains("0.83").endsWith(" 6");
    }
}
