package gr.cloudu.helpdesk.reporting.application;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The quarterly report's CSV: one row per fault reported in the quarter with its three deadlines (when due,
 * when met, the outcome as the report counts it), time paused, escalations, the messages the customer was sent and
 * the updates that fell overdue. RFC 4180 (comma, CRLF, quotes
 * where needed), UTF-8; column names are fixed English identifiers whatever the report's language, so
 * spreadsheets and scripts can rely on them. Times are ISO-8601 with their Athens offset.
 */
public final class GuaranteedServicesCsv {

    public static final List<String> COLUMNS = List.of("filing_number", "reported_at", "channel", "severity", "equipment_serial",
            "subject", "status", "tier", "response_due_at", "responded_at", "response_outcome", "on_site_due_at", "on_site_at",
            "on_site_outcome", "restore_due_at", "restored_at", "restore_outcome", "paused_minutes", "escalations",
            "customer_messages", "updates_overdue");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(gr.cloudu.helpdesk.reporting.domain.ContractQuarter.ZONE);

    private GuaranteedServicesCsv() {
    }

    public static byte[] render(QuarterData data) {
        StringBuilder csv = new StringBuilder(256 * (data.faults().size() + 1));
        line(csv, COLUMNS);
        for (QuarterData.Fault f : data.faults()) {
            String[] values = new String[COLUMNS.size()];
            values[0] = f.filingNumber();
            values[1] = time(f.reportedAt());
            values[2] = f.channel();
            values[3] = f.severity();
            values[4] = f.equipmentSerial();
            values[5] = f.subject();
            values[6] = f.status();
            values[7] = f.tier();
            int column = 8;
            for (String kind : QuarterFigures.KINDS) {
                Optional<QuarterData.Deadline> d = f.deadlines().stream().filter(x -> x.kind().equals(kind)).findFirst();
                values[column++] = d.map(x -> time(x.dueAt())).orElse(null);
                values[column++] = d.map(x -> time(QuarterFigures.metAt(f, x, data.asOf()))).orElse(null);
                values[column++] = d.map(x -> QuarterFigures.outcome(f, x, data.asOf())).orElse(null);
            }
            values[column++] = String.valueOf(Duration.ofSeconds(f.pausedSeconds()).toMinutes());
            values[column++] = String.valueOf(f.escalations());
            values[column++] = String.valueOf(f.customerMessages());
            values[column] = String.valueOf(f.updatesOverdue());
            line(csv, java.util.Arrays.asList(values));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String v = values.get(i);
            if (v == null) {
                continue;
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                csv.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(v);
            }
        }
        csv.append("\r\n");
    }

    private static String time(Instant at) {
        return at == null ? null : TIME.format(at);
    }
}
