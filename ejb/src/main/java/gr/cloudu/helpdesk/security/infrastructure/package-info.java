/** Security plumbing: password hashing in the format the server's realm reads. */
package gr.cloudu.helpdesk.security.infrastructure;
