/** The business calendar page. */
package gr.cloudu.helpdesk.sla.web;
