package gr.cloudu.helpdesk.reporting.application;

/** A report's PDF or CSV as archived, ready to download. */
public record ReportFile(String fileName, String contentType, byte[] content, String sha256) {
}
