/** Dispatch use cases: assigning engineers, delivering dispatch packets, the work log, visits and approvals. */
package gr.cloudu.helpdesk.dispatch.application;
