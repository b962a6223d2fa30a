package gr.cloudu.helpdesk.ticket.domain;

/**
 * Something of a ticket's record that no longer matches what its life-cycle vouches for. {@code subject} names it: the
 * entry and hash of a file gone missing, or the file whose bytes changed; none for a broken chain.
 */
public record Alteration(Kind kind, String subject) {

    /** What was found. */
    public enum Kind {
        /** An entry of the life-cycle was changed, removed or reordered. */
        CHAIN_BROKEN,
        /** The life-cycle entered a file that is no longer stored as it was. */
        ENTERED_FILE_MISSING,
        /** A stored file's bytes no longer match the hash recorded for them. */
        FILE_CHANGED
    }
}
