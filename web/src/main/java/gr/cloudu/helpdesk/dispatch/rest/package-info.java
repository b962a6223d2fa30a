/** The dispatch API: assignments, the dispatch packet, visits and their approval, the staff inbox. */
package gr.cloudu.helpdesk.dispatch.rest;
