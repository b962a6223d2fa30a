package gr.cloudu.helpdesk.reporting.application;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import gr.cloudu.helpdesk.customer.application.SlaTermView;
import gr.cloudu.helpdesk.customer.domain.SlaClock;
import gr.cloudu.helpdesk.reporting.domain.ContractQuarter;
import gr.cloudu.helpdesk.shared.domain.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterFiguresTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 2, 15);
    private static final ContractQuarter Q1 = ContractQuarter.of(SIGNED, 1);
    private static final Instant MARCH = Instant.parse("2026-03-02T08:00:00Z");
    private static final List<SlaTermView> TERMS = List.of(
            new SlaTermView(Severity.CRITICAL, SlaClock.ALWAYS, BigDecimal.ONE, BigDecimal.valueOf(4), BigDecimal.valueOf(8), BigDecimal.valueOf(2)),
            new SlaTermView(Severity.MAJOR, SlaClock.BUSINESS, BigDecimal.valueOf(2), null, BigDecimal.valueOf(16), null));

    private static QuarterData.Fault fault(String number, Instant reported, String severity, String channel, int escalations,
                                           QuarterData.Deadline... deadlines) {
        return new QuarterData.Fault(number.hashCode(), number, reported, channel, severity, "PBX-1", "Σιωπή, \"γραμμή\" 3", "CLOSED",
                "HELP_DESK", null, null, 600, false, escalations, 2, 1, List.of(deadlines));
    }

    private static QuarterData data(List<QuarterData.Fault> faults) {
        return new QuarterData("CT-1", "Πελάτης", SIGNED, Q1, Q1.end(), TERMS, faults,
                Map.of("CU-2026-000002".hashCode() * 1L, List.of(new QuarterData.Pause(MARCH.plusSeconds(600), "waiting for the key", "PT1H"))),
                List.of(new QuarterData.Visit("CU-2026-000002", LocalDate.of(2026, 3, 3), MARCH.plusSeconds(86_400), null, "eng", "COMPLETED"),
                        new QuarterData.Visit("CU-2026-000003", LocalDate.of(2026, 5, 10), null, null, "eng", "APPROVED")),
                Map.of("S30810-Q2216-X", 2), List.of(new QuarterData.OpenFault("CU-2026-000003", "MAJOR", MARCH, "IN_PROGRESS", "x")), 1,
                // One of the two overdue updates went late: two missed.
                new QuarterData.CustomerUpdates(6, 1, 2, 2),
                List.of(new QuarterData.Maintenance("PBX-1", LocalDate.of(2026, 3, 10), "DONE", MARCH.plusSeconds(8 * 86_400)),
                        new QuarterData.Maintenance("PBX-1", LocalDate.of(2026, 5, 10), "SCHEDULED", null)));
    }

    @Test
    void countsEachTargetMetMissedRunningOrWaivedAndListsEveryMissWithItsLateness() {
        Instant due = MARCH.plusSeconds(3600);
        List<QuarterData.Fault> faults = List.of(
                fault("CU-2026-000001", MARCH, "CRITICAL", "EMAIL", 0,
                        new QuarterData.Deadline("RESPONSE", due, "MET", MARCH.plusSeconds(60)),
                        new QuarterData.Deadline("ON_SITE", due.plusSeconds(3 * 3600), "WAIVED", due.plusSeconds(3600)),
                        new QuarterData.Deadline("RESTORE", due.plusSeconds(7 * 3600), "MET", due.plusSeconds(3600))),
                fault("CU-2026-000002", MARCH.plusSeconds(30 * 86_400), "CRITICAL", "PHONE", 2,
                        new QuarterData.Deadline("RESPONSE", due.plusSeconds(30 * 86_400), "BREACHED", due.plusSeconds(30 * 86_400 + 5400)),
                        new QuarterData.Deadline("RESTORE", due.plusSeconds(30 * 86_400 + 7 * 3600), "BREACHED", null)),
                // Reported on the quarter's last day: its restore deadline runs past the end, so it is still running.
                fault("CU-2026-000003", Q1.end().minusSeconds(3600), "MAJOR", "EMAIL", 0,
                        new QuarterData.Deadline("RESPONSE", Q1.end().minusSeconds(60), "PENDING", null),
                        new QuarterData.Deadline("RESTORE", Q1.end().plusSeconds(86_400), "PENDING", null)));
        QuarterFigures f = QuarterFigures.of(data(faults));

        assertThat(f.faults()).isEqualTo(3);
        assertThat(f.bySeverity()).containsEntry(Severity.CRITICAL, 2).containsEntry(Severity.MAJOR, 1).containsEntry(Severity.MINOR, 0);
        assertThat(f.byChannel()).containsExactly(Map.entry("EMAIL", 2), Map.entry("PHONE", 1));
        assertThat(f.targets()).extracting(t -> t.severity() + "/" + t.kind() + ":" + t.met() + "/" + t.breached() + "/" + t.pending() + "/" + t.waived())
                .containsExactly("CRITICAL/RESPONSE:1/1/0/0", "CRITICAL/ON_SITE:0/0/0/1", "CRITICAL/RESTORE:1/1/0/0",
                        "MAJOR/RESPONSE:0/1/0/0", "MAJOR/RESTORE:0/0/1/0");
        assertThat(f.met()).isEqualTo(2);
        assertThat(f.breached()).isEqualTo(3);
        assertThat(f.percentMet()).isEqualTo(40);
        assertThat(f.breaches()).hasSize(3);
        QuarterFigures.Breach lateResponse = f.breaches().get(0);
        assertThat(lateResponse.filingNumber()).isEqualTo("CU-2026-000002");
        assertThat(lateResponse.lateBy()).isEqualTo(Duration.ofMinutes(90));
        assertThat(lateResponse.pauses()).extracting(QuarterData.Pause::reason).containsExactly("waiting for the key");
        // Never restored by the end of the quarter: late until then.
        assertThat(f.breaches().get(1).lateBy()).isEqualTo(Duration.between(due.plusSeconds(30 * 86_400 + 7 * 3600), Q1.end()));
        // Missed as the watch records it (settled at its due time): late until the ticket's own response.
        QuarterData.Fault watched = new QuarterData.Fault(7, "CU-2026-000009", MARCH, "EMAIL", "MAJOR", "PBX-1", "x", "IN_PROGRESS",
                "HELP_DESK", MARCH.plusSeconds(3 * 3600), null, 0, false, 0, 0, 0,
                List.of(new QuarterData.Deadline("RESPONSE", MARCH.plusSeconds(3600), "BREACHED", MARCH.plusSeconds(3600))));
        assertThat(QuarterFigures.of(data(List.of(watched))).breaches().get(0).lateBy()).isEqualTo(Duration.ofHours(2));
        assertThat(f.escalations()).isEqualTo(2);
        assertThat(f.escalatedFaults()).isEqualTo(1);
        assertThat(f.months()).extracting(QuarterFigures.MonthLine::faults).containsExactly(1, 1, 1);
        assertThat(f.months()).extracting(QuarterFigures.MonthLine::percentMet).containsExactly(100, 0, 0);
        assertThat(f.visitsDone()).isEqualTo(1);
        assertThat(f.visitsPlanned()).isEqualTo(2);
        assertThat(f.partsUsed()).isEqualTo(2);
        assertThat(f.updatesPercentOnTime()).isEqualTo(75);
        assertThat(f.maintenanceDone()).isEqualTo(1);
    }

    @Test
    void aFaultWaitingForTheCustomerAtTheQuartersEndHasItsDeadlinesStillRunning() {
        // Its due times are stale while the clock is stopped: they move on by the wait when work resumes.
        QuarterData.Deadline stale = new QuarterData.Deadline("RESTORE", Q1.end().minusSeconds(86_400), "PENDING", null);
        QuarterData.Fault waiting = new QuarterData.Fault(8, "CU-2026-000010", MARCH, "EMAIL", "MAJOR", "PBX-1", "x",
                "AWAITING_CUSTOMER", "HELP_DESK", MARCH.plusSeconds(600), null, 0, true, 0, 0, 0, List.of(stale));
        QuarterData.Fault running = new QuarterData.Fault(9, "CU-2026-000011", MARCH, "EMAIL", "MAJOR", "PBX-1", "x",
                "IN_PROGRESS", "HELP_DESK", MARCH.plusSeconds(600), null, 0, false, 0, 0, 0, List.of(stale));

        QuarterFigures f = QuarterFigures.of(data(List.of(waiting, running)));

        assertThat(f.targets()).extracting(t -> t.severity() + "/" + t.kind() + ":" + t.met() + "/" + t.breached() + "/" + t.pending())
                .contains("MAJOR/RESTORE:0/1/1");
        assertThat(f.breaches()).extracting(QuarterFigures.Breach::filingNumber).containsExactly("CU-2026-000011");
        assertThat(new String(GuaranteedServicesCsv.render(f.data()), java.nio.charset.StandardCharsets.UTF_8))
                .contains("CU-2026-000010").containsPattern("CU-2026-000010[^\n]*PENDING")
                .containsPattern("CU-2026-000011[^\n]*BREACHED");
    }

    @Test
    void whatHappenedAfterTheQuartersEndDoesNotChangeItsFigures() {
        Instant end = Q1.end();
        QuarterData.Fault lateAcrossTheEnd = new QuarterData.Fault(10, "CU-2026-000012", MARCH, "EMAIL", "CRITICAL", "PBX-1", "x",
                "RESTORED", "HELP_DESK", end.plusSeconds(7200), end.plusSeconds(86_400), 0, false, 0, 0, 0, List.of(
                // Missed before the end, answered only after it: late until the end, not "met" in this quarter.
                new QuarterData.Deadline("RESPONSE", end.minusSeconds(3600), "BREACHED", end.plusSeconds(7200)),
                // Due after the end: running at the end, whether it was later met or missed.
                new QuarterData.Deadline("ON_SITE", end.plusSeconds(3600), "BREACHED", end.plusSeconds(3600)),
                new QuarterData.Deadline("RESTORE", end.plusSeconds(2 * 86_400), "MET", end.plusSeconds(86_400))));

        QuarterFigures f = QuarterFigures.of(data(List.of(lateAcrossTheEnd)));

        assertThat(f.targets()).extracting(t -> t.severity() + "/" + t.kind() + ":" + t.met() + "/" + t.breached() + "/" + t.pending())
                .containsExactly("CRITICAL/RESPONSE:0/1/0", "CRITICAL/ON_SITE:0/0/1", "CRITICAL/RESTORE:0/0/1", "MAJOR/RESPONSE:0/0/0",
                        "MAJOR/RESTORE:0/0/0");
        assertThat(f.breaches()).singleElement().satisfies(b -> {
            assertThat(b.settledAt()).isNull();
            assertThat(b.lateBy()).isEqualTo(Duration.ofHours(1));
        });
    }

    @Test
    void oneMissInAThousandDoesNotPrintAsAHundredPercent() {
        List<QuarterData.Fault> faults = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            faults.add(fault("CU-2026-" + i, MARCH, "MAJOR", "API", 0,
                    new QuarterData.Deadline("RESPONSE", MARCH.plusSeconds(60), i == 0 ? "BREACHED" : "MET", MARCH)));
        }
        assertThat(QuarterFigures.of(data(faults)).percentMet()).isEqualTo(99);
        assertThat(QuarterFigures.of(data(List.of())).percentMet()).isNull();
    }

    @Test
    void theCsvHasOneQuotedRowPerFaultAndThePdfShowsTheFiguresInGreekAndEnglish() throws IOException {
        QuarterData data = data(List.of(
                fault("CU-2026-000002", MARCH, "CRITICAL", "EMAIL", 1,
                        new QuarterData.Deadline("RESPONSE", MARCH.plusSeconds(3600), "BREACHED", MARCH.plusSeconds(7200)))));
        String csv = new String(GuaranteedServicesCsv.render(data), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo(String.join(",", GuaranteedServicesCsv.COLUMNS));
        assertThat(lines[1]).startsWith("CU-2026-000002,2026-03-02T10:00:00+02:00,EMAIL,CRITICAL,PBX-1,\"Σιωπή, \"\"γραμμή\"\" 3\",CLOSED,")
                .contains(",2026-03-02T11:00:00+02:00,2026-03-02T12:00:00+02:00,BREACHED,").endsWith(",10,1,2,1");

        QuarterFigures figures = QuarterFigures.of(data);
        String greek = text(GuaranteedServicesPdf.render(figures, 1, Locale.forLanguageTag("el")));
        assertThat(greek).contains("Έκθεση Εγγυημένων Υπηρεσιών", "CT-1", "CU-2026-000002", "1:00", "waiting for the key");
        String english = text(GuaranteedServicesPdf.render(figures, 2, Locale.ENGLISH));
        assertThat(english).contains("Guaranteed Services report", "Every missed deadline", "Faults by severity", "version 2",
                "Keeping the customer informed", "Updates to the customer on time", "75%", "Preventive maintenance carried out / due",
                "1 / 2");
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }
}
