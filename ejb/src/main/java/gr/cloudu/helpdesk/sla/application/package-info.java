/** Use cases of the business calendar and service-level counting: the calendar, previews, the current policy. */
package gr.cloudu.helpdesk.sla.application;
