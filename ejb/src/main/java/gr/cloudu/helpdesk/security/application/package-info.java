/** Use cases of the user store, and who the caller of a use case is. */
package gr.cloudu.helpdesk.security.application;
