/** The dispatch queue: publishing notices inside the assignment's transaction and the listener delivering them. */
package gr.cloudu.helpdesk.dispatch.infrastructure;
