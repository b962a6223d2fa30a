/** The business calendar over the API. */
package gr.cloudu.helpdesk.sla.rest;
