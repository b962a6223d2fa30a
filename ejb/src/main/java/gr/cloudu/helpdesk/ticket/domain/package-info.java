/**
 * The fault report (ticket) and its append-only, hash-chained life-cycle: the filing register that
 * settles any dispute about what was reported, by whom and when.
 */
package gr.cloudu.helpdesk.ticket.domain;
