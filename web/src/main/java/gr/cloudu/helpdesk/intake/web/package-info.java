/** The quarantine page: mails from unknown senders, waiting for an agent's decision. */
package gr.cloudu.helpdesk.intake.web;
