/** How the filing register reaches the database sequence, the message broker and the scheduler. */
package gr.cloudu.helpdesk.ticket.infrastructure;
