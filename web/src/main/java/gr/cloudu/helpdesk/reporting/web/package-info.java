/** The quarterly reports page. */
package gr.cloudu.helpdesk.reporting.web;
