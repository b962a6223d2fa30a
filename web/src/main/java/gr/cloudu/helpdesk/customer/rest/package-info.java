/** Customer master data over REST. */
package gr.cloudu.helpdesk.customer.rest;
