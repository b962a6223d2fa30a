/** Turning what reaches the help-desk mailbox into filed reports, customer messages or quarantine entries. */
package gr.cloudu.helpdesk.intake.application;
