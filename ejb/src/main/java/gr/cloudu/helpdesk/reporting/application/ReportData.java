package gr.cloudu.helpdesk.reporting.application;

import gr.cloudu.helpdesk.customer.application.ContractView;
import gr.cloudu.helpdesk.reporting.domain.ContractQuarter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one contract's quarter in a handful of set queries (no query per fault), so a quarter of 50,000
 * faults is read in well under a second. Times come back from the drivers as different types
 * (PostgreSQL: Timestamp, H2: OffsetDateTime); {@link #instant} takes either.
 */
@Stateless
@PermitAll
public class ReportData {

    // Faults of the contract reported inside the quarter.
    private static final String IN_QUARTER = " t.contract_code = ?1 AND t.reported_at >= ?2 AND t.reported_at < ?3";
    private static final int OPEN_LISTED = 1000;

    @PersistenceContext
    private EntityManager em;

    public QuarterData read(ContractView contract, String customerName, ContractQuarter quarter, Instant asOf) {
        Map<Long, List<QuarterData.Deadline>> deadlines = new HashMap<>();
        for (Object[] r : rows("SELECT d.ticket_id, d.kind, d.due_at, d.outcome, d.settled_at FROM sla_deadline d"
                + " JOIN ticket t ON t.id = d.ticket_id WHERE" + IN_QUARTER, contract, quarter)) {
            deadlines.computeIfAbsent(number(r[0]), k -> new ArrayList<>())
                    .add(new QuarterData.Deadline((String) r[1], instant(r[2]), (String) r[3], instant(r[4])));
        }
        // Per fault, in one pass over its life-cycle up to the quarter's end: escalations, messages to the customer,
        // updates that fell overdue.
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] r : rows("SELECT e.ticket_id, SUM(CASE WHEN e.event_type = 'ESCALATED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN e.event_type = 'CUSTOMER_INFORMED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN e.event_type = 'CUSTOMER_UPDATE_OVERDUE' THEN 1 ELSE 0 END)"
                + " FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id WHERE" + IN_QUARTER
                + " AND e.event_type IN ('ESCALATED', 'CUSTOMER_INFORMED', 'CUSTOMER_UPDATE_OVERDUE') AND e.occurred_at < ?3"
                + " GROUP BY e.ticket_id",
                contract, quarter)) {
            counts.put(number(r[0]), new int[]{(int) number(r[1]), (int) number(r[2]), (int) number(r[3])});
        }
        List<QuarterData.Fault> faults = new ArrayList<>();
        for (Object[] r : rows("SELECT t.id, t.filing_number, t.reported_at, t.channel, t.severity, t.equipment_serial, t.subject,"
                + " t.status, t.tier, t.responded_at, t.resolved_at, t.paused_seconds, t.paused_since FROM ticket t WHERE" + IN_QUARTER
                + " ORDER BY t.reported_at, t.id", contract, quarter)) {
            long id = number(r[0]);
            int[] c = counts.getOrDefault(id, new int[3]);
            faults.add(new QuarterData.Fault(id, (String) r[1], instant(r[2]), (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], (String) r[8], instant(r[9]), instant(r[10]), number(r[11]),
                    r[12] != null, c[0], c[1], c[2], deadlines.getOrDefault(id, List.of())));
        }
        return new QuarterData(contract.code(), customerName, contract.signedOn(), quarter, asOf, contract.terms(), faults,
                pauses(contract, quarter), visits(contract, quarter, asOf), partsFitted(contract, quarter, asOf), openAtEnd(contract, quarter, asOf),
                openAtEndCount(contract, quarter, asOf), updates(contract, quarter), maintenance(contract, quarter, asOf));
    }

    // The waits for the customer of the faults that missed a deadline: the report shows them beside each breach.
    private Map<Long, List<QuarterData.Pause>> pauses(ContractView contract, ContractQuarter quarter) {
        Map<Long, List<QuarterData.Pause>> pauses = new HashMap<>();
        for (Object[] r : rows("SELECT e.ticket_id, e.occurred_at, e.event_type, e.detail FROM ticket_event e JOIN ticket t"
                + " ON t.id = e.ticket_id WHERE" + IN_QUARTER + " AND t.sla_breached = TRUE AND e.occurred_at < ?3"
                + " AND e.event_type IN ('AWAITING_CUSTOMER', 'RESUMED') ORDER BY e.ticket_id, e.seq", contract, quarter)) {
            List<QuarterData.Pause> list = pauses.computeIfAbsent(number(r[0]), k -> new ArrayList<>());
            String detail = r[3] == null ? "" : (String) r[3];
            if ("AWAITING_CUSTOMER".equals(r[2])) {
                list.add(new QuarterData.Pause(instant(r[1]), field(detail, "comment"), null));
            } else if (!list.isEmpty() && list.get(list.size() - 1).lasted() == null) {
                QuarterData.Pause open = list.remove(list.size() - 1);
                list.add(new QuarterData.Pause(open.since(), open.reason(), field(detail, "paused")));
            }
        }
        return pauses;
    }

    // A visit the engineer arrived for after the figures' moment was not carried out by then.
    private List<QuarterData.Visit> visits(ContractView contract, ContractQuarter quarter, Instant asOf) {
        Query q = em.createNativeQuery("SELECT v.filing_number, v.visit_date, v.arrived_at, v.left_at, v.engineer, v.status"
                        + " FROM visit_request v JOIN ticket t ON t.id = v.ticket_id WHERE t.contract_code = ?1"
                        + " AND v.status IN ('APPROVED', 'COMPLETED') AND v.visit_date >= ?2 AND v.visit_date <= ?3"
                        + " ORDER BY v.visit_date, v.id")
                .setParameter(1, contract.code()).setParameter(2, quarter.from()).setParameter(3, quarter.to());
        List<QuarterData.Visit> visits = new ArrayList<>();
        for (Object[] r : list(q)) {
            Instant arrived = instant(r[2]);
            boolean later = arrived != null && !arrived.isBefore(asOf);
            visits.add(new QuarterData.Visit((String) r[0], date(r[1]), later ? null : arrived, later ? null : instant(r[3]),
                    (String) r[4], later ? "APPROVED" : (String) r[5]));
        }
        return visits;
    }

    private Map<String, Integer> partsFitted(ContractView contract, ContractQuarter quarter, Instant asOf) {
        Query q = em.createNativeQuery("SELECT f.part_number, COUNT(*) FROM visit_part_fitted f JOIN visit_request v ON v.id = f.visit_id"
                        + " JOIN ticket t ON t.id = v.ticket_id WHERE t.contract_code = ?1 AND v.status = 'COMPLETED'"
                        + " AND v.visit_date >= ?2 AND v.visit_date <= ?3 AND v.arrived_at < ?4 GROUP BY f.part_number ORDER BY f.part_number")
                .setParameter(1, contract.code()).setParameter(2, quarter.from()).setParameter(3, quarter.to())
                .setParameter(4, asOf.atOffset(ZoneOffset.UTC));
        Map<String, Integer> parts = new LinkedHashMap<>();
        for (Object[] r : list(q)) {
            parts.put((String) r[0], (int) number(r[1]));
        }
        return parts;
    }

    // Faults reported before the quarter ended (in it or earlier) that were neither restored nor closed by then.
    private static final String OPEN_AT_END = " FROM ticket t WHERE t.contract_code = ?1 AND t.reported_at < ?2"
            + " AND (t.resolved_at IS NULL OR t.resolved_at >= ?2) AND (t.closed_at IS NULL OR t.closed_at >= ?2)";

    // The first of them, oldest first; openAtEndCount says how many there were.
    private List<QuarterData.OpenFault> openAtEnd(ContractView contract, ContractQuarter quarter, Instant asOf) {
        Query q = em.createNativeQuery("SELECT t.filing_number, t.severity, t.reported_at, t.status, t.subject" + OPEN_AT_END
                        + " ORDER BY t.reported_at, t.id")
                .setParameter(1, contract.code()).setParameter(2, endOf(quarter, asOf))
                .setMaxResults(OPEN_LISTED);
        List<QuarterData.OpenFault> open = new ArrayList<>();
        for (Object[] r : list(q)) {
            open.add(new QuarterData.OpenFault((String) r[0], (String) r[1], instant(r[2]), (String) r[3], (String) r[4]));
        }
        return open;
    }

    private int openAtEndCount(ContractView contract, ContractQuarter quarter, Instant asOf) {
        return (int) number(em.createNativeQuery("SELECT COUNT(*)" + OPEN_AT_END).setParameter(1, contract.code())
                .setParameter(2, endOf(quarter, asOf)).getSingleResult());
    }

    private static OffsetDateTime endOf(ContractQuarter quarter, Instant asOf) {
        return (asOf.isBefore(quarter.end()) ? asOf : quarter.end()).atOffset(ZoneOffset.UTC);
    }

    // Messages sent (and updates missed) during the quarter, about any of the contract's faults open at some time in it.
    private QuarterData.CustomerUpdates updates(ContractView contract, ContractQuarter quarter) {
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        // An update that fell overdue (the owner reminded) and then went late is one update missed, not two.
        Set<String> missed = new HashSet<>();
        Query q = em.createNativeQuery("SELECT e.event_type, e.detail, e.ticket_id FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id"
                        + " WHERE t.contract_code = ?1 AND t.reported_at < ?3 AND (t.closed_at IS NULL OR t.closed_at >= ?2)"
                        + " AND e.occurred_at >= ?2 AND e.occurred_at < ?3"
                        + " AND e.event_type IN ('CUSTOMER_INFORMED', 'CUSTOMER_UPDATE_OVERDUE')")
                .setParameter(1, contract.code())
                .setParameter(2, quarter.start().atOffset(ZoneOffset.UTC)).setParameter(3, quarter.end().atOffset(ZoneOffset.UTC));
        for (Object[] r : list(q)) {
            String detail = r[1] == null ? "" : (String) r[1];
            if ("CUSTOMER_UPDATE_OVERDUE".equals(r[0])) {
                overdue++;
                missed.add(r[2] + "@" + overdueFor(detail));
            } else if (field(detail, "on_time") != null) {
                onTime++;
            } else if (field(detail, "late") != null) {
                late++;
                missed.add(r[2] + "@" + field(detail, "due"));
            }
        }
        return new QuarterData.CustomerUpdates(onTime, late, overdue, missed.size());
    }

    // The due time an overdue entry speaks of ("update due <instant> not sent; …").
    static String overdueFor(String detail) {
        String after = detail.startsWith("update due ") ? detail.substring("update due ".length()) : detail;
        int end = after.indexOf(' ');
        return end < 0 ? after : after.substring(0, end);
    }

    // A visit carried out after the quarter's end was not done by then: the report shows it as it stood.
    private List<QuarterData.Maintenance> maintenance(ContractView contract, ContractQuarter quarter, Instant asOf) {
        Query q = em.createNativeQuery("SELECT v.equipment_serial, v.due_on, v.status, v.arrived_at FROM maintenance_visit v"
                        + " WHERE v.contract_code = ?1 AND v.status <> 'CANCELLED' AND v.due_on >= ?2 AND v.due_on <= ?3 ORDER BY v.due_on, v.id")
                .setParameter(1, contract.code()).setParameter(2, quarter.from()).setParameter(3, quarter.to());
        List<QuarterData.Maintenance> visits = new ArrayList<>();
        for (Object[] r : list(q)) {
            Instant doneAt = instant(r[3]);
            boolean doneLater = "DONE".equals(r[2]) && doneAt != null && !doneAt.isBefore(asOf);
            visits.add(new QuarterData.Maintenance((String) r[0], date(r[1]), doneLater ? "SCHEDULED" : (String) r[2],
                    doneLater ? null : doneAt));
        }
        return visits;
    }

    private List<Object[]> rows(String sql, ContractView contract, ContractQuarter quarter) {
        return list(em.createNativeQuery(sql).setParameter(1, contract.code())
                .setParameter(2, quarter.start().atOffset(ZoneOffset.UTC)).setParameter(3, quarter.end().atOffset(ZoneOffset.UTC)));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(Query q) {
        return q.getResultList();
    }

    // "key=value; key=value" as the life-cycle writes its details.
    static String field(String detail, String key) {
        for (String part : detail.split("; ")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return null;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
