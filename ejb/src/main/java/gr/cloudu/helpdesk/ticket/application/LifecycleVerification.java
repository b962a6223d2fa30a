package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.ticket.domain.Alteration;

import java.util.List;

/**
 * The outcome of recomputing a ticket's hash chain and the hashes of the files it entered (original mails, their
 * attachments, filed documents). {@code intact} only when both hold; {@code altered} names what does not match.
 */
public record LifecycleVerification(boolean intact, int events, int files, List<Alteration> altered) {
}
