package io.evalstream.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metric names out of the Grafana dashboard in {@code deploy/grafana/dashboards/}: every panel's (and
 * nested row's) target {@code expr}, with PromQL's functions, aggregation keywords, label matchers, grouping
 * clauses, ranges and strings taken out, so what is left are the metric names the panels query. Used to check them
 * against what the running services really export, so that a renamed meter breaks the build instead of a panel.
 */
final class GrafanaDashboard {
    private static final Pattern IDENT = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan");

    private GrafanaDashboard() {
    }

    /** Metric name -> the title of the first panel that queries it. */
    static Map<String, String> metricNames(Path dashboard) throws IOException {
        JsonNode root = new ObjectMapper().readTree(dashboard.toFile());
        Map<String, String> names = new LinkedHashMap<>();
        collect(root.path("panels"), names);
        return names;
    }

    private static void collect(JsonNode panels, Map<String, String> names) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                for (String name : metricNames(target.path("expr").asText(""))) {
                    names.putIfAbsent(name, panel.path("title").asText());
                }
            }
            collect(panel.path("panels"), names);
        }
    }

    /** The metric names of one PromQL expression. */
    static Set<String> metricNames(String expr) {
        String s = expr.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"") // strings
                .replaceAll("\\{[^}]*}", " ")                          // label matchers
                .replaceAll("\\[[^]]*]", " ")                          // ranges
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " "); // groupings
        Set<String> names = new TreeSet<>();
        Matcher m = IDENT.matcher(s);
        while (m.find()) {
            String token = m.group();
            int next = m.end();
            while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
                next++;
            }
            boolean function = next < s.length() && s.charAt(next) == '(';
            boolean number = m.start() > 0 && Character.isDigit(s.charAt(m.start() - 1));
            if (!function && !number && !KEYWORDS.contains(token.toLowerCase(java.util.Locale.ROOT))) {
                names.add(token);
            }
        }
        return names;
    }

    /** The metric names (sample lines and # TYPE lines) of a Prometheus text exposition. */
    static Set<String> exported(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ");
                if (parts.length >= 3) {
                    names.add(parts[2]);
                }
            } else if (!line.isBlank() && !line.startsWith("#")) {
                Matcher m = IDENT.matcher(line);
                if (m.lookingAt()) {
                    names.add(m.group());
                }
            }
        }
        return names;
    }
}
