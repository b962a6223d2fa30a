/** Services every context uses: time, business messages. */
package gr.cloudu.helpdesk.shared.application;
