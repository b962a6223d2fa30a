package gr.cloudu.helpdesk.dispatch.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import gr.cloudu.helpdesk.customer.application.ContactView;
import gr.cloudu.helpdesk.equipment.application.HistoryEntry;
import gr.cloudu.helpdesk.equipment.application.ModuleView;
import gr.cloudu.helpdesk.notification.application.MailText;
import gr.cloudu.helpdesk.shared.application.PdfLayout;
import gr.cloudu.helpdesk.ticket.application.LifecycleEntry;
import gr.cloudu.helpdesk.ticket.application.TicketDetail;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.ResourceBundle;

import static gr.cloudu.helpdesk.shared.application.PdfLayout.BOLD;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.REGULAR;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.cells;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.header;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.nz;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.row;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.section;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.table;
import static gr.cloudu.helpdesk.shared.application.PdfLayout.time;

/** The dispatch packet as a PDF the engineer can read offline on site, in the house layout ({@link PdfLayout}). */
public final class DispatchPacketPdf {

    private DispatchPacketPdf() {
    }

    public static byte[] render(DispatchPacket packet, Locale language) {
        ResourceBundle text = MailText.in(language);
        Font body = new Font(REGULAR, 9);
        Font heading = new Font(BOLD, 12);
        Font title = new Font(BOLD, 15);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text.getString("packet.title") + " " + packet.ticket().filingNumber());
            document.addCreator("Cloud-U Help Desk");
            document.open();
            TicketDetail t = packet.ticket();
            document.add(new Paragraph(text.getString("packet.title") + " [" + t.filingNumber() + "]", title));
            document.add(new Paragraph(text.getString("packet.generated") + " " + time(packet.generatedAt()), body));

            section(document, text.getString("packet.fault"), heading);
            PdfPTable fault = table(2, new float[]{1, 3});
            row(fault, body, text.getString("packet.reportedAt"), time(t.reportedAt()));
            row(fault, body, text.getString("packet.customer"), t.customerName() + " (" + t.customer() + ")");
            row(fault, body, text.getString("packet.reporter"), t.reporter().name() + ", " + nz(t.reporter().capacity())
                    + " <" + nz(t.reporter().email()) + ">");
            row(fault, body, text.getString("packet.severity"), t.severity() + " / " + t.status() + " / "
                    + text.getString("tier." + t.tier()));
            row(fault, body, text.getString("packet.subject"), t.subject());
            row(fault, body, text.getString("packet.description"), nz(t.description()));
            if (t.sla() != null) {
                row(fault, body, text.getString("packet.deadlines"), text.getString("deadline.RESPONSE") + " "
                        + time(t.sla().responseDueAt()) + ", " + text.getString("deadline.ON_SITE") + " " + time(t.sla().onSiteDueAt())
                        + ", " + text.getString("deadline.RESTORE") + " " + time(t.sla().restoreDueAt()));
            }
            document.add(fault);

            section(document, text.getString("packet.diagnosis"), heading);
            if (t.diagnosis() == null) {
                document.add(new Paragraph("—", body));
            } else {
                PdfPTable diagnosis = table(2, new float[]{1, 3});
                row(diagnosis, body, text.getString("packet.symptom"), t.diagnosis().symptom());
                row(diagnosis, body, text.getString("packet.module"), nz(t.diagnosis().module()));
                row(diagnosis, body, text.getString("packet.checks"), t.diagnosis().checks());
                row(diagnosis, body, text.getString("packet.result"), nz(t.diagnosis().result()));
                document.add(diagnosis);
            }

            section(document, text.getString("packet.machine"), heading);
            if (packet.equipment() == null) {
                document.add(new Paragraph("—", body));
            } else {
                var e = packet.equipment();
                document.add(new Paragraph(e.vendor() + " " + e.model() + ", S/N " + e.serial() + ", software "
                        + nz(e.softwareRelease()) + " — " + nz(e.site()), body));
                PdfPTable modules = table(4, new float[]{1, 2, 2, 4});
                header(modules, body, text.getString("packet.slot"), text.getString("packet.partNumber"),
                        text.getString("packet.serial"), "");
                for (ModuleView m : e.modules()) {
                    cells(modules, body, m.slot(), m.partNumber(), nz(m.serial()), nz(m.description()));
                }
                document.add(modules);
            }

            section(document, text.getString("packet.history"), heading);
            PdfPTable history = table(4, new float[]{2, 2, 2, 5});
            for (HistoryEntry h : packet.history()) {
                cells(history, body, time(h.at()), h.kind(), nz(h.reference()), nz(h.summary()));
            }
            document.add(history);

            section(document, text.getString("packet.contacts"), heading);
            PdfPTable contacts = table(4, new float[]{3, 3, 2, 3});
            for (ContactView c : packet.contacts()) {
                cells(contacts, body, c.name() + " (" + c.level() + ")", nz(c.capacity()) + ", " + nz(c.unit()), nz(c.phone()),
                        nz(c.email()));
            }
            document.add(contacts);

            section(document, text.getString("packet.timeline"), heading);
            PdfPTable timeline = table(4, new float[]{2, 2, 2, 6});
            for (LifecycleEntry entry : packet.lifecycle()) {
                cells(timeline, body, time(entry.at()), entry.type().name(), entry.actor(), nz(entry.detail()));
            }
            document.add(timeline);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The dispatch packet could not be laid out", e);
        }
        return out.toByteArray();
    }
}
