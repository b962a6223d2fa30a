package gr.cloudu.helpdesk.reporting.application;

import gr.cloudu.helpdesk.customer.application.SlaTermView;
import gr.cloudu.helpdesk.shared.domain.Severity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The numbers of a quarter's Guaranteed Services report, computed from {@link QuarterData} alone: counts of
 * faults, every contract target per severity with how often it was met, every breach with how late it was,
 * escalations, visits and parts, the faults open at the end and the month-by-month compliance. The PDF, the
 * CSV and the manager's dashboard all show these same figures.
 *
 * <p>A deadline counts as met or breached once it is settled or has lapsed; one still running when the
 * figures are taken is "pending" and counts neither way; a waived one (restored without the visit it waited
 * for) counts neither way either. Compliance is met / (met + breached).
 */
public record QuarterFigures(QuarterData data, Map<Severity, Integer> bySeverity, Map<String, Integer> byChannel,
                             Map<String, Integer> byEquipment, List<TargetLine> targets, List<Breach> breaches,
                             int escalations, int escalatedFaults, List<MonthLine> months, int met, int breached) {

    public static final List<String> KINDS = List.of("RESPONSE", "ON_SITE", "RESTORE");

    /** One contract target (a severity's response, on-site or restore time) and how the quarter's faults fared. */
    public record TargetLine(Severity severity, String kind, BigDecimal hours, String clock, int met, int breached, int pending,
                             int waived) {

        public Integer percentMet() {
            return percent(met, breached);
        }
    }

    /** A deadline that was missed: when it was due, when it was met (null: not yet by the report), how late. */
    public record Breach(String filingNumber, Severity severity, String kind, Instant dueAt, Instant settledAt, Duration lateBy,
                         List<QuarterData.Pause> pauses) {
    }

    public record MonthLine(LocalDate from, int faults, int met, int breached) {

        public Integer percentMet() {
            return percent(met, breached);
        }
    }

    public static QuarterFigures of(QuarterData data) {
        List<QuarterData.Fault> faults = data.faults();
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
        faults.forEach(f -> bySeverity.merge(Severity.valueOf(f.severity()), 1, Integer::sum));
        Map<String, Integer> byChannel = count(faults, QuarterData.Fault::channel);
        Map<String, Integer> byEquipment = count(faults, f -> f.equipmentSerial() == null ? "—" : f.equipmentSerial());

        Map<String, int[]> tally = new LinkedHashMap<>();
        List<Breach> breaches = new ArrayList<>();
        List<LocalDate> monthStarts = data.quarter().monthStarts();
        int[][] monthly = new int[3][3];
        int met = 0;
        int breached = 0;
        for (QuarterData.Fault f : faults) {
            Severity severity = Severity.valueOf(f.severity());
            int month = monthOf(f.reportedAt(), monthStarts);
            monthly[month][0]++;
            for (QuarterData.Deadline d : f.deadlines()) {
                int[] t = tally.computeIfAbsent(severity + "/" + d.kind(), k -> new int[4]);
                switch (outcome(f, d, data.asOf())) {
                    case "MET" -> {
                        t[0]++;
                        met++;
                        monthly[month][1]++;
                    }
                    case "BREACHED" -> {
                        t[1]++;
                        breached++;
                        monthly[month][2]++;
                        Instant metAt = metAt(f, d, data.asOf());
                        Instant upTo = metAt != null ? metAt : data.asOf();
                        breaches.add(new Breach(f.filingNumber(), severity, d.kind(), d.dueAt(), metAt,
                                Duration.between(d.dueAt(), upTo), data.pauses().getOrDefault(f.id(), List.of())));
                    }
                    case "WAIVED" -> t[3]++;
                    default -> t[2]++;
                }
            }
        }
        List<TargetLine> targets = new ArrayList<>();
        for (SlaTermView term : data.terms().stream().sorted(Comparator.comparing(SlaTermView::severity)).toList()) {
            Severity s = term.severity();
            for (String kind : KINDS) {
                BigDecimal hours = switch (kind) {
                    case "RESPONSE" -> term.responseHours();
                    case "ON_SITE" -> term.onSiteHours();
                    default -> term.restoreHours();
                };
                if (hours == null) {
                    continue;
                }
                int[] t = tally.getOrDefault(s + "/" + kind, new int[4]);
                targets.add(new TargetLine(s, kind, hours, String.valueOf(term.clock()), t[0], t[1], t[2], t[3]));
            }
        }
        breaches.sort(Comparator.comparing(Breach::dueAt).thenComparing(Breach::filingNumber));
        List<MonthLine> months = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            months.add(new MonthLine(monthStarts.get(i), monthly[i][0], monthly[i][1], monthly[i][2]));
        }
        int escalations = faults.stream().mapToInt(QuarterData.Fault::escalations).sum();
        int escalatedFaults = (int) faults.stream().filter(f -> f.escalations() > 0).count();
        return new QuarterFigures(data, bySeverity, byChannel, byEquipment, targets, breaches, escalations, escalatedFaults, months,
                met, breached);
    }

    /** Every target of the quarter together: met / (met + breached), null when nothing was settled yet. */
    public Integer percentMet() {
        return percent(met, breached);
    }

    public int faults() {
        return data.faults().size();
    }

    public int visitsDone() {
        return (int) data.visits().stream().filter(v -> "COMPLETED".equals(v.status())).count();
    }

    public int visitsPlanned() {
        return data.visits().size();
    }

    /**
     * Updates to the customer at the contract's rate: sent in time / (sent in time + updates that did not go in time);
     * null when none fell due.
     */
    public Integer updatesPercentOnTime() {
        QuarterData.CustomerUpdates u = data.updates();
        return percent(u.onTime(), u.missed());
    }

    public int maintenanceDone() {
        return (int) data.maintenance().stream().filter(m -> "DONE".equals(m.status())).count();
    }

    public int partsUsed() {
        return data.partsFitted().values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * When the deadline's task was done, or null if not by {@code asOf} (or never owed: a waived on-site deadline). A
     * deadline the watch declared missed carries its due time as settled; the real moment is the ticket's response or
     * restoration.
     */
    static Instant metAt(QuarterData.Fault f, QuarterData.Deadline d, Instant asOf) {
        Instant done = "WAIVED".equals(d.outcome()) ? null : d.settledAt();
        if (done != null && "BREACHED".equals(d.outcome()) && done.equals(d.dueAt())) {
            done = switch (d.kind()) {
                case "RESPONSE" -> f.respondedAt();
                case "RESTORE" -> f.resolvedAt();
                default -> null;
            };
        }
        return done != null && done.isBefore(asOf) ? done : null;
    }

    /**
     * The deadline as it stood at {@code asOf}: settled before then, as it was settled; otherwise still running then,
     * and a running deadline that had passed is a breach already, unless the fault is waiting for the customer: its
     * clock is stopped (a deadline already past when the wait began was recorded as missed then) and its due time
     * moves on by the wait when work resumes. A deadline met or missed after {@code asOf} counts as it stood then
     * (corrections of the past, such as a reopened fault, still show in a version produced later).
     */
    static String outcome(QuarterData.Fault f, QuarterData.Deadline d, Instant asOf) {
        if (!"PENDING".equals(d.outcome()) && d.settledAt() != null && d.settledAt().isBefore(asOf)) {
            return d.outcome();
        }
        if (d.dueAt().isBefore(asOf) && ("BREACHED".equals(d.outcome()) || !f.paused())) {
            return "BREACHED";
        }
        return "PENDING";
    }

    private static int monthOf(Instant reportedAt, List<LocalDate> monthStarts) {
        LocalDate day = reportedAt.atZone(gr.cloudu.helpdesk.reporting.domain.ContractQuarter.ZONE).toLocalDate();
        return day.isBefore(monthStarts.get(1)) ? 0 : day.isBefore(monthStarts.get(2)) ? 1 : 2;
    }

    private static Map<String, Integer> count(List<QuarterData.Fault> faults, Function<QuarterData.Fault, String> key) {
        Map<String, Integer> counts = faults.stream().collect(Collectors.toMap(key, f -> 1, Integer::sum, TreeMap::new));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static Integer percent(int met, int breached) {
        // Rounded down: one breach in a thousand must not print as 100%.
        return met + breached == 0 ? null : (int) Math.floor(100.0 * met / (met + breached));
    }
}
