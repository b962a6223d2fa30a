/** Keeping the customer informed: receipts and notices by e-mail. */
package gr.cloudu.helpdesk.notification.application;
