/** Reception of written fault reports: every mail that reaches the help-desk mailbox, and what became of it. */
package gr.cloudu.helpdesk.intake.domain;
