package gr.cloudu.helpdesk.ticket.domain;

import java.util.List;

/**
 * The stored evidence of a ticket held to its life-cycle: how many files could be checked (entered in the life-cycle, or
 * with a hash kept beside them), and what no longer matches.
 */
public record EvidenceCheck(int checked, List<Alteration> altered) {
}
