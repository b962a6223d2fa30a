package gr.cloudu.helpdesk.dispatch.application;

import gr.cloudu.helpdesk.dispatch.domain.InboxEntry;

import java.time.Instant;

/** An entry of a staff member's in-app inbox. */
public record InboxItem(Long id, Instant at, InboxEntry.Kind kind, String filingNumber, Long referenceId, String text,
                        Instant readAt) {

    static InboxItem of(InboxEntry e) {
        return new InboxItem(e.id(), e.createdAt(), e.kind(), e.filingNumber(), e.referenceId(), e.text(), e.readAt());
    }
}
