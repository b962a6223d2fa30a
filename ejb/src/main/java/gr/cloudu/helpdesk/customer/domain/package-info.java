/** Customers, their contracts and the contacts allowed to talk to the help desk. */
package gr.cloudu.helpdesk.customer.domain;
