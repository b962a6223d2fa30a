/** The help-desk mailbox over REST: what arrived and what became of it. */
package gr.cloudu.helpdesk.intake.rest;
