/** Building blocks every context shares: the business exception family and small value types. */
package gr.cloudu.helpdesk.shared.domain;
