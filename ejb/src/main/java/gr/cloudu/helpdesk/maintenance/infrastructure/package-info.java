/** The scheduled run that creates the maintenance visits falling due. */
package gr.cloudu.helpdesk.maintenance.infrastructure;
