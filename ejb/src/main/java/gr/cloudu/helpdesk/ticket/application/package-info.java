/** Use cases of the filing register: filing fault reports and reading them with their life-cycle. */
package gr.cloudu.helpdesk.ticket.application;
