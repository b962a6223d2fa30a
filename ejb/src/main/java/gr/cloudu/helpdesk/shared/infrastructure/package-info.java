/** Technical plumbing shared by all contexts: clock, JPA converters, schema migrations. */
package gr.cloudu.helpdesk.shared.infrastructure;
