package io.evalstream.scoring.singlerating;

import java.util.List;

/**
 * The {@code rating} report section (PROTOCOLS.md, "Rating"). {@link RatedRow}: per judge, rated model, attribute
 * and scale, the mean rating on the item's own scale with its 95% Student-t interval over the rated responses
 * (null bounds below two) and n; unreadable ratings counted apart. {@link JudgeRow}: per judge, how many
 * responses it rated, failed to rate legibly, or never answered.
 */
public record RatingSection(String metricVersion, String scorer, String filter, List<RatedRow> rated,
        List<JudgeRow> judges) {

    public record RatedRow(String judge, String ratedModel, String attribute, String scale, long n, Double mean,
            Double low, Double high, Double sd, long unparsed) {
    }

    public record JudgeRow(String judge, long rated, long unparsed, long errors) {
    }
}
