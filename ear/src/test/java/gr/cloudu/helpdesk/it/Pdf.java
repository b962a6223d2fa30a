package gr.cloudu.helpdesk.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;

/** The text of a PDF the application produced, page after page, as a reader would copy it out. */
public final class Pdf {

    private Pdf() {
    }

    public static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        } catch (IOException e) {
            throw new AssertionError("the PDF does not open", e);
        }
    }
}
