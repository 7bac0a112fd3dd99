package io.evalstream.scoring.report;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every {@link ProtocolReport} bean by name. Two reports claiming one name fail the start-up: which one a user
 * sees must never depend on bean order.
 */
@ApplicationScoped
public class ProtocolReports {
    private final Map<String, ProtocolReport> byName;

    public ProtocolReports(@All List<ProtocolReport> reports) {
        Map<String, ProtocolReport> map = new TreeMap<>();
        for (ProtocolReport report : reports) {
            ProtocolReport previous = map.putIfAbsent(report.name(), report);
            if (previous != null) {
                throw new IllegalStateException("two protocol reports are named " + report.name() + ": "
                        + previous.getClass().getName() + " and " + report.getClass().getName());
            }
        }
        this.byName = map;
    }

    /** The sections that have data for {@code runId}, by name in alphabetical order. */
    public Map<String, Object> sections(String runId) {
        Map<String, Object> sections = new LinkedHashMap<>();
        for (ProtocolReport report : byName.values()) {
            report.report(runId).ifPresent(section -> sections.put(report.name(), section));
        }
        return sections;
    }

    /** One named section; empty when no report has that name or it has no data for the run. */
    public Optional<?> section(String runId, String name) {
        ProtocolReport report = byName.get(name);
        return report == null ? Optional.empty() : report.report(runId);
    }

    /** Whether a report of that name exists. */
    public boolean knows(String name) {
        return byName.containsKey(name);
    }

    /** The known section names, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
