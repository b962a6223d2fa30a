/** Use cases of customer master data: registering customers and their contacts, and reading them. */
package gr.cloudu.helpdesk.customer.application;
