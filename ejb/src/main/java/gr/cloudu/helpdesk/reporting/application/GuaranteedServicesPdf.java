package gr.cloudu.helpdesk.reporting.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import gr.cloudu.helpdesk.notification.application.MailText;
import gr.cloudu.helpdesk.shared.domain.Severity;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import static gr.cloudu.helpdesk.shared.application.PdfLayout.BOLD;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.REGULAR;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.cells;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.header;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.nz;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.row;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.section;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.table;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.time;

/**
 * The quarterly Guaranteed Services report as a PDF: a summary page with the key figures and two charts
 * (faults by severity, compliance month by month), then the faults by severity, channel and equipment, every
 * contract target with how often it was met, every breach with its filing number, lateness and pauses,
 * escalations, visits and parts, and the faults still open at the end of the quarter.
 */
public final class GuaranteedServicesPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    // Large tables go to the document in slices, so a quarter of 50,000 faults never sits in memory laid out at once.
    private static final int SLICE = 500;
    private static final Color BAR = new Color(46, 94, 142);
    private static final Color BAD = new Color(176, 58, 46);

    private GuaranteedServicesPdf() {
    }

    public static byte[] render(QuarterFigures figures, int version, Locale language) {
        ResourceBundle text = MailText.in(language);
        QuarterData data = figures.data();
        Font body = new Font(REGULAR, 8.5f);
        Font heading = new Font(BOLD, 12);
        Font title = new Font(BOLD, 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String period = DAY.format(data.quarter().from()) + " – " + DAY.format(data.quarter().to());
            document.addTitle(text.getString("report.title") + " " + data.contractCode() + " " + period);
            document.addCreator("Cloud-U Help Desk");
            document.open();

            document.add(new Paragraph(text.getString("report.title"), title));
            PdfPTable about = table(2, new float[]{1, 3});
            row(about, body, text.getString("report.customer"), data.customerName());
            row(about, body, text.getString("report.contract"), data.contractCode() + " (" + text.getString("report.signedOn") + " "
                    + DAY.format(data.signedOn()) + ")");
            row(about, body, text.getString("report.quarter"), MessageFormat.format(text.getString("report.quarterOf"),
                    data.quarter().number(), period));
            row(about, body, text.getString("report.generated"), time(data.asOf()) + " · " + text.getString("report.version") + " " + version);
            document.add(about);

            section(document, text.getString("report.summary"), heading);
            PdfPTable summary = table(2, new float[]{3, 1});
            row(summary, body, text.getString("report.faults"), String.valueOf(figures.faults()));
            row(summary, body, text.getString("report.compliance"), percent(figures.percentMet()));
            row(summary, body, text.getString("report.targetsMet"), figures.met() + " / " + (figures.met() + figures.breached()));
            row(summary, body, text.getString("report.breaches"), String.valueOf(figures.breaches().size()));
            row(summary, body, text.getString("report.escalations"), figures.escalations() + " (" + figures.escalatedFaults() + " "
                    + text.getString("report.faultsLower") + ")");
            row(summary, body, text.getString("report.visits"), figures.visitsDone() + " / " + figures.visitsPlanned());
            row(summary, body, text.getString("report.partsUsed"), String.valueOf(figures.partsUsed()));
            row(summary, body, text.getString("report.openAtEnd"), String.valueOf(data.openAtEndCount()));
            row(summary, body, text.getString("report.updatesOnTime"), percent(figures.updatesPercentOnTime()));
            row(summary, body, text.getString("report.maintenanceDone"), figures.maintenanceDone() + " / " + data.maintenance().size());
            document.add(summary);

            List<String> severities = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            for (Map.Entry<Severity, Integer> e : figures.bySeverity().entrySet()) {
                severities.add(label(text, "severity", e.getKey().name()));
                counts.add(e.getValue());
            }
            List<String> months = new ArrayList<>();
            List<Integer> compliance = new ArrayList<>();
            for (QuarterFigures.MonthLine m : figures.months()) {
                months.add(DAY.format(m.from()));
                compliance.add(m.percentMet());
            }
            PdfPTable charts = table(2, new float[]{1, 1});
            charts.getDefaultCell().setBorder(0);
            charts.addCell(Image.getInstance(bars(writer, text.getString("report.chartSeverity"), severities, counts, null)));
            charts.addCell(Image.getInstance(bars(writer, text.getString("report.chartCompliance"), months, compliance, 100)));
            charts.setSpacingBefore(10);
            document.add(charts);

            document.newPage();
            section(document, text.getString("report.bySeverity"), heading);
            document.add(counts(body, text.getString("report.severity"), figures.bySeverity().entrySet().stream()
                    .collect(Collectors.toMap(e -> label(text, "severity", e.getKey().name()), Map.Entry::getValue, (a, b) -> a,
                            java.util.LinkedHashMap::new))));
            section(document, text.getString("report.byChannel"), heading);
            document.add(counts(body, text.getString("report.channel"), figures.byChannel().entrySet().stream()
                    .collect(Collectors.toMap(e -> label(text, "channel", e.getKey()), Map.Entry::getValue, (a, b) -> a,
                            java.util.LinkedHashMap::new))));
            section(document, text.getString("report.byEquipment"), heading);
            document.add(counts(body, text.getString("report.equipment"), figures.byEquipment()));

            section(document, text.getString("report.targets"), heading);
            PdfPTable targets = table(9, new float[]{2, 2, 1.3f, 1.6f, 1, 1, 1, 1, 1.2f});
            header(targets, body, text.getString("report.severity"), text.getString("report.deadline"), text.getString("report.hours"),
                    text.getString("report.clock"), text.getString("report.met"), text.getString("report.breached"),
                    text.getString("report.pending"), text.getString("report.waived"), "%");
            for (QuarterFigures.TargetLine t : figures.targets()) {
                cells(targets, body, label(text, "severity", t.severity().name()), text.getString("deadline." + t.kind()), t.hours().stripTrailingZeros().toPlainString(),
                        text.getString("report.clock." + t.clock()), String.valueOf(t.met()), String.valueOf(t.breached()),
                        String.valueOf(t.pending()), String.valueOf(t.waived()), percent(t.percentMet()));
            }
            document.add(targets);

            section(document, text.getString("report.breachList"), heading);
            if (figures.breaches().isEmpty()) {
                document.add(new Paragraph(text.getString("report.none"), body));
            }
            PdfPTable breaches = breachTable(body, text);
            int n = 0;
            for (QuarterFigures.Breach b : figures.breaches()) {
                cells(breaches, body, b.filingNumber(), label(text, "severity", b.severity().name()), text.getString("deadline." + b.kind()), time(b.dueAt()),
                        b.settledAt() == null ? text.getString("report.notYet") : time(b.settledAt()), lateness(b.lateBy()),
                        pauses(b.pauses()));
                if (++n % SLICE == 0) {
                    document.add(breaches);
                    breaches = breachTable(body, text);
                }
            }
            if (n % SLICE != 0) {
                document.add(breaches);
            }

            section(document, text.getString("report.updates"), heading);
            PdfPTable updates = table(2, new float[]{3, 1});
            row(updates, body, text.getString("report.updatesSentOnTime"), String.valueOf(data.updates().onTime()));
            row(updates, body, text.getString("report.updatesSentLate"), String.valueOf(data.updates().late()));
            row(updates, body, text.getString("report.updatesOverdue"), String.valueOf(data.updates().overdue()));
            row(updates, body, text.getString("report.updatesOnTime"), percent(figures.updatesPercentOnTime()));
            document.add(updates);

            section(document, text.getString("report.visitList"), heading);
            if (data.visits().isEmpty()) {
                document.add(new Paragraph(text.getString("report.none"), body));
            } else {
                PdfPTable visits = table(6, new float[]{2, 2, 2, 2, 2, 2});
                header(visits, body, text.getString("report.date"), text.getString("report.filingNumber"), text.getString("report.engineer"),
                        text.getString("report.arrived"), text.getString("report.left"), text.getString("report.status"));
                for (QuarterData.Visit v : data.visits()) {
                    cells(visits, body, DAY.format(v.date()), v.filingNumber(), nz(v.engineer()), time(v.arrivedAt()), time(v.leftAt()),
                            text.getString("report.visit." + v.status()));
                }
                document.add(visits);
            }
            section(document, text.getString("report.partList"), heading);
            if (data.partsFitted().isEmpty()) {
                document.add(new Paragraph(text.getString("report.none"), body));
            } else {
                document.add(counts(body, text.getString("report.partNumber"), data.partsFitted()));
            }

            section(document, text.getString("report.maintenance"), heading);
            if (data.maintenance().isEmpty()) {
                document.add(new Paragraph(text.getString("report.none"), body));
            } else {
                PdfPTable maintenance = table(4, new float[]{2, 3, 2, 2});
                header(maintenance, body, text.getString("report.dueOn"), text.getString("report.equipment"), text.getString("report.status"),
                        text.getString("report.arrived"));
                for (QuarterData.Maintenance m : data.maintenance()) {
                    cells(maintenance, body, DAY.format(m.dueOn()), m.equipmentSerial(), text.getString("report.maintenance." + m.status()),
                            time(m.doneAt()));
                }
                document.add(maintenance);
            }

            section(document, text.getString("report.openList"), heading);
            if (data.openAtEnd().isEmpty()) {
                document.add(new Paragraph(text.getString("report.none"), body));
            } else {
                if (data.openAtEnd().size() < data.openAtEndCount()) {
                    document.add(new Paragraph(new MessageFormat(text.getString("report.openListed"), text.getLocale())
                            .format(new Object[]{data.openAtEnd().size(), data.openAtEndCount()}), body));
                }
                PdfPTable open = table(5, new float[]{2, 1.3f, 2, 2, 4});
                header(open, body, text.getString("report.filingNumber"), text.getString("report.severity"),
                        text.getString("report.reportedAt"), text.getString("report.status"), text.getString("report.subject"));
                for (QuarterData.OpenFault f : data.openAtEnd()) {
                    cells(open, body, f.filingNumber(), label(text, "severity", f.severity()), time(f.reportedAt()),
                            label(text, "status", f.status()), nz(f.subject()));
                }
                document.add(open);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The quarterly report could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable breachTable(Font body, ResourceBundle text) throws DocumentException {
        PdfPTable breaches = table(7, new float[]{2.2f, 1.3f, 1.6f, 2, 2, 1.4f, 3.5f});
        breaches.setHeaderRows(1);
        header(breaches, body, text.getString("report.filingNumber"), text.getString("report.severity"), text.getString("report.deadline"),
                text.getString("report.due"), text.getString("report.settled"), text.getString("report.lateBy"),
                text.getString("report.pauses"));
        return breaches;
    }

    /** A code (severity, channel, status) as the reader's language names it; a code without a name stays as it is. */
    private static String label(ResourceBundle text, String kind, String code) {
        String key = "report." + kind + "." + code;
        return code != null && text.containsKey(key) ? text.getString(key) : nz(code);
    }

    private static PdfPTable counts(Font body, String label, Map<String, Integer> counts) throws DocumentException {
        PdfPTable table = table(2, new float[]{3, 1});
        header(table, body, label, "#");
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            cells(table, body, e.getKey(), String.valueOf(e.getValue()));
        }
        return table;
    }

    /** A bar chart drawn straight onto the page: one bar per label, the value above it ({@code max} null: scaled to the data). */
    private static PdfTemplate bars(PdfWriter writer, String caption, List<String> labels, List<Integer> values, Integer max) {
        float width = 250;
        float height = 150;
        float base = 24;
        float top = 128;
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate chart = canvas.createTemplate(width, height);
        int scale = max != null ? max : Math.max(1, values.stream().filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).max().orElse(1));
        float slot = (width - 20) / labels.size();
        chart.setColorStroke(Color.GRAY);
        chart.moveTo(10, base);
        chart.lineTo(width - 10, base);
        chart.stroke();
        for (int i = 0; i < labels.size(); i++) {
            Integer value = values.get(i);
            float x = 10 + i * slot + slot * 0.2f;
            float barHeight = value == null ? 0 : (top - base - 12) * value / scale;
            if (value != null && value > 0) {
                chart.setColorFill(max != null && value < 100 ? BAD : BAR);
                chart.rectangle(x, base, slot * 0.6f, barHeight);
                chart.fill();
            }
            chart.beginText();
            chart.setColorFill(Color.BLACK);
            chart.setFontAndSize(REGULAR, 7.5f);
            chart.showTextAligned(PdfContentByte.ALIGN_CENTER, labels.get(i), x + slot * 0.3f, base - 10, 0);
            chart.showTextAligned(PdfContentByte.ALIGN_CENTER, value == null ? "—" : max != null ? value + "%" : String.valueOf(value),
                    x + slot * 0.3f, base + barHeight + 3, 0);
            chart.endText();
        }
        chart.beginText();
        chart.setFontAndSize(BOLD, 9);
        chart.showTextAligned(PdfContentByte.ALIGN_LEFT, caption, 10, height - 10, 0);
        chart.endText();
        return chart;
    }

    static String percent(Integer value) {
        return value == null ? "—" : value + "%";
    }

    static String lateness(Duration late) {
        long minutes = Math.max(0, late.toMinutes());
        return minutes / 60 + ":" + String.format("%02d", minutes % 60);
    }

    private static String pauses(List<QuarterData.Pause> pauses) {
        if (pauses.isEmpty()) {
            return "—";
        }
        return pauses.stream().map(p -> time(p.since()) + (p.lasted() == null ? "" : " (" + p.lasted() + ")")
                + (p.reason() == null ? "" : ": " + p.reason())).collect(Collectors.joining("\n"));
    }
}
