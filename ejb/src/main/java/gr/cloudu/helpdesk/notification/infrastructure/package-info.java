/** Message listeners that turn queued notices into notification use cases. */
package gr.cloudu.helpdesk.notification.infrastructure;
