package gr.cloudu.helpdesk.shared.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The house layout of the PDFs we produce (dispatch packets, quarterly reports): headings, label/value rows,
 * plain tables. Greek needs a font with Greek glyphs: DejaVu Sans travels inside the application (fonts/),
 * embedded in each PDF as a subset; the fonts are parsed once per server.
 */
public final class PdfLayout {

    public static final BaseFont REGULAR = font("DejaVuSans.ttf");
    public static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");
    public static final Color SHADE = new Color(235, 238, 242);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Athens"));

    private PdfLayout() {
    }

    public static void section(Document document, String name, Font heading) throws DocumentException {
        Paragraph p = new Paragraph(name, heading);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
    }

    public static PdfPTable table(int columns, float[] widths) throws DocumentException {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        return table;
    }

    public static void row(PdfPTable table, Font font, String label, String value) {
        PdfPCell name = new PdfPCell(new Phrase(label, font));
        name.setBackgroundColor(SHADE);
        table.addCell(name);
        table.addCell(new PdfPCell(new Phrase(nz(value), font)));
    }

    public static void header(PdfPTable table, Font font, String... names) {
        for (String name : names) {
            PdfPCell cell = new PdfPCell(new Phrase(name, font));
            cell.setBackgroundColor(SHADE);
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
    }

    public static void cells(PdfPTable table, Font font, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value, font)));
        }
    }

    /** A moment as people in Athens read it, or a dash. */
    public static String time(Instant at) {
        return at == null ? "—" : TIME.format(at);
    }

    public static String nz(String value) {
        return value == null ? "—" : value;
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfLayout.class.getResourceAsStream("/gr/cloudu/helpdesk/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
