/** Pages of customer master data: customers, their contacts, contracts and machines. */
package gr.cloudu.helpdesk.customer.web;
