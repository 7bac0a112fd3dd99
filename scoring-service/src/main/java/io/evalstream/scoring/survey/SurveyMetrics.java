package io.evalstream.scoring.survey;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.scoring.statistics.BootstrapInterval;
import io.evalstream.scoring.statistics.SurveyResponses;
import io.evalstream.scoring.store.ReportRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Folds a run's survey score rows into the {@link SurveySection}: groups the read orders by model and question,
 * computes each question's figures with {@link SurveyResponses} and averages them per model with bootstrap
 * intervals over questions ({@link BootstrapInterval}). Pure, so its figures are checked against hand-worked
 * values without a database.
 */
public final class SurveyMetrics {
    public static final String METRIC_VERSION = "survey-v1";
    static final int ROUNDS = 2_000;
    static final long SEED = 20_240_601L;

    private final Map<String, ModelAcc> models = new TreeMap<>();
    private final java.util.Set<String> filters = new TreeSet<>();

    /** Adds one score row (rows of other scorers are ignored). */
    public void add(ReportRow row) {
        if (!SurveyReading.NAME.equals(row.scorer())) {
            return;
        }
        ModelAcc model = models.computeIfAbsent(row.modelId(), m -> new ModelAcc());
        if ("ERROR".equals(row.value())) {
            model.errors++;
            return;
        }
        JsonNode details = row.details();
        if (!"PARTIAL".equals(row.value()) || details == null || !details.has(SurveyReading.ORDER)) {
            model.unscored++;
            return;
        }
        if (row.filter() != null) {
            filters.add(row.filter());
        }
        QuestionAcc question = model.questions.computeIfAbsent(row.itemId(), i -> new QuestionAcc());
        int k = row.labels().size();
        int[] order = new int[k];
        double[] probabilities = new double[k];
        for (int pos = 0; pos < k; pos++) {
            order[pos] = details.path(SurveyReading.ORDER).path(pos).asInt();
            probabilities[pos] = details.path("probabilities").path(row.labels().get(pos)).asDouble();
        }
        question.readings.add(new SurveyResponses.Reading(order, probabilities));
        question.labels = row.labels();
        if (question.codes == null) {
            question.codes = new ArrayList<>();
            details.path(SurveyReading.CODES).forEach(c -> question.codes.add(c.asText()));
            JsonNode reference = details.path(SurveyReading.REFERENCE);
            if (reference.isObject()) {
                question.reference = new double[question.codes.size()];
                for (int i = 0; i < question.codes.size(); i++) {
                    question.reference[i] = reference.path(question.codes.get(i)).asDouble(0);
                }
            }
        }
        model.readings++;
    }

    /** The section, or null when no survey row was seen. */
    public SurveySection section() {
        if (models.isEmpty()) {
            return null;
        }
        List<SurveySection.ModelRow> modelRows = new ArrayList<>();
        List<SurveySection.PositionRow> positionRows = new ArrayList<>();
        List<SurveySection.QuestionRow> questionRows = new ArrayList<>();
        List<SurveySection.OptionRow> optionRows = new ArrayList<>();
        for (Map.Entry<String, ModelAcc> entry : models.entrySet()) {
            String model = entry.getKey();
            ModelAcc acc = entry.getValue();
            List<Double> aBias = new ArrayList<>();
            List<Double> entropy = new ArrayList<>();
            List<Double> kl = new ArrayList<>();
            List<Double> js = new ArrayList<>();
            int klInfinite = 0;
            Map<String, List<Double>> byPosition = new LinkedHashMap<>();
            for (Map.Entry<String, QuestionAcc> q : acc.questions.entrySet()) {
                QuestionAcc question = q.getValue();
                SurveyResponses.Result result = SurveyResponses.of(question.readings);
                Double klBits = null;
                Double oneMinusJs = null;
                if (question.reference != null && question.reference.length == result.k()) {
                    SurveyResponses.Divergence divergence = SurveyResponses.against(result.adjustedDistribution(),
                            question.reference);
                    oneMinusJs = divergence.oneMinusJensenShannon();
                    js.add(oneMinusJs);
                    if (Double.isFinite(divergence.klBits())) {
                        klBits = divergence.klBits();
                        kl.add(klBits);
                    } else {
                        klInfinite++;
                    }
                }
                aBias.add(result.aBias());
                entropy.add(result.normalisedEntropy());
                for (int pos = 0; pos < result.k(); pos++) {
                    byPosition.computeIfAbsent(question.labels.get(pos), p -> new ArrayList<>())
                            .add(result.meanPositionProbabilities()[pos]);
                }
                questionRows.add(new SurveySection.QuestionRow(model, q.getKey(), result.k(), result.orders(),
                        result.meanPositionProbabilities()[0], result.aBias(), result.normalisedEntropy(), klBits,
                        oneMinusJs));
                for (int i = 0; i < result.k(); i++) {
                    String code = question.codes.size() == result.k() ? question.codes.get(i) : String.valueOf(i + 1);
                    optionRows.add(new SurveySection.OptionRow(model, q.getKey(), code,
                            result.adjustedDistribution()[i], question.reference == null ? null
                                    : question.reference[i] / sum(question.reference)));
                }
            }
            Interval a = Interval.of(aBias);
            Interval h = Interval.of(entropy);
            Interval d = klInfinite > 0 ? Interval.NONE : Interval.of(kl);
            Interval j = Interval.of(js);
            modelRows.add(new SurveySection.ModelRow(model, acc.questions.size(), acc.readings, acc.unscored,
                    acc.errors, a.mean, a.low, a.high, h.mean, h.low, h.high, js.size(), d.mean, d.low, d.high,
                    klInfinite, j.mean, j.low, j.high));
            byPosition.forEach((position, values) -> {
                Interval p = Interval.of(values);
                positionRows.add(new SurveySection.PositionRow(model, position, values.size(), p.mean, p.low, p.high));
            });
        }
        return new SurveySection(METRIC_VERSION, SurveyReading.NAME, String.join(",", filters), ROUNDS, SEED,
                modelRows, positionRows, questionRows, optionRows);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /** A mean over questions with its bootstrap interval; bounds null below two questions, all null for none. */
    private record Interval(Double mean, Double low, Double high) {
        static final Interval NONE = new Interval(null, null, null);

        static Interval of(List<Double> values) {
            if (values.isEmpty()) {
                return NONE;
            }
            double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
            double mean = 0;
            for (double v : array) {
                mean += v / array.length;
            }
            if (array.length < 2) {
                return new Interval(mean, null, null);
            }
            BootstrapInterval.Result result = BootstrapInterval.ofMean(array, ROUNDS, SEED);
            return new Interval(mean, result.low(), result.high());
        }
    }

    private static final class ModelAcc {
        final Map<String, QuestionAcc> questions = new TreeMap<>();
        long readings;
        long unscored;
        long errors;
    }

    private static final class QuestionAcc {
        final List<SurveyResponses.Reading> readings = new ArrayList<>();
        List<String> labels;
        List<String> codes;
        double[] reference;
    }
}
