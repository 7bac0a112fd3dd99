package io.evalstream.scoring.singlerating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.scoring.scorer.Responses;
import io.evalstream.scoring.scorer.Score;
import org.junit.jupiter.api.Test;

/**
 * Golden test of the rating section. Judge j rates m-a 7, 9 and 8: mean 8, sd 1, t(0.975, 2) = 4.302653, half
 * width 4.302653 / sqrt 3 = 2.484138, interval [5.515862, 10.484138]. It rates m-b 3 once (no interval) and
 * writes one unreadable judgement about m-b; one request errors.
 */
class RatingMetricsTest {
    private final RatingTextScorer scorer = new RatingTextScorer();
    private final RatingMetrics metrics = new RatingMetrics();

    private void judge(String item, String ratedModel, String text) {
        ResponseReceived response = RatingResponses.text("j", item, ratedModel, text);
        metrics.add(RatingResponses.row(response, scorer.score(response)));
    }

    @Test
    void meansIntervalsAndCountsMatchTheHandWorkedValues() {
        judge("a1", "m-a", "Rating: [[7]]");
        judge("a2", "m-a", "Rating: [[9]]");
        judge("a3", "m-a", "ok. Rating: [[8]]");
        judge("b1", "m-b", "Rating: [[3]]");
        judge("b2", "m-b", "no rating here");
        ResponseReceived failed = Responses.failed(RatingResponses.request("j", "b3", "m-b", 1, 10, "GENERATE"),
                ResponseStatus.ERROR);
        metrics.add(RatingResponses.row(failed, Score.error("rating_brackets", "ERROR")));

        RatingSection section = metrics.section();

        assertThat(section.metricVersion()).isEqualTo("rating-v1");
        RatingSection.RatedRow a = section.rated().get(0);
        assertThat(a.ratedModel()).isEqualTo("m-a");
        assertThat(a.scale()).isEqualTo("1-10");
        assertThat(a.n()).isEqualTo(3);
        assertThat(a.mean()).isCloseTo(8.0, within(1e-12));
        assertThat(a.sd()).isCloseTo(1.0, within(1e-12));
        assertThat(a.low()).isCloseTo(5.515862, within(1e-6));
        assertThat(a.high()).isCloseTo(10.484138, within(1e-6));
        RatingSection.RatedRow b = section.rated().get(1);
        assertThat(b.n()).isEqualTo(1);
        assertThat(b.mean()).isEqualTo(3.0);
        assertThat(b.low()).isNull();
        assertThat(b.unparsed()).isEqualTo(1);
        assertThat(section.judges()).singleElement().satisfies(j -> {
            assertThat(j.rated()).isEqualTo(4);
            assertThat(j.unparsed()).isEqualTo(1);
            assertThat(j.errors()).isEqualTo(1);
        });
    }
}
