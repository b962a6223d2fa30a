/** The user store over REST (ADMIN). */
package gr.cloudu.helpdesk.security.rest;
