/** The scheduled run that produces the reports of the quarters that have ended. */
package gr.cloudu.helpdesk.reporting.infrastructure;
