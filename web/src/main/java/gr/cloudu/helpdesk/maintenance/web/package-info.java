/** The preventive-maintenance page. */
package gr.cloudu.helpdesk.maintenance.web;
