package gr.cloudu.helpdesk.ticket.domain;

/**
 * A file kept as evidence of a fault (an original mail as it arrived, a file that came with it, a filed document) as it
 * is stored now: {@code sha256} is recomputed from its bytes. {@code recordedSha256} is the hash stored beside it, outside
 * the life-cycle, or null. {@code enteredAs} is the hash whose presence in the life-cycle says the file was entered there:
 * the mail's own hash for a mail and the files that came with it, the document's for a document.
 */
public record EvidenceFile(String name, String sha256, String recordedSha256, String enteredAs) {
}
