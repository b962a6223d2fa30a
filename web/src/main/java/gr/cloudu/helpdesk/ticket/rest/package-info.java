/** The filing register over REST: filing fault reports and reading them with their life-cycle. */
package gr.cloudu.helpdesk.ticket.rest;
