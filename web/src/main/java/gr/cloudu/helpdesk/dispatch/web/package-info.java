/** The dispatch pages: the engineer's work and inbox, the dispatch packet, approvals, visits. */
package gr.cloudu.helpdesk.dispatch.web;
