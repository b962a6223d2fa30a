/** The people and systems that may use the help desk, and their roles. */
package gr.cloudu.helpdesk.security.domain;
