/** The deadline watch's timer. */
package gr.cloudu.helpdesk.sla.infrastructure;
