/** The help-desk mailbox over IMAP: polling it and reading MIME mails into received mails. */
package gr.cloudu.helpdesk.intake.infrastructure;
