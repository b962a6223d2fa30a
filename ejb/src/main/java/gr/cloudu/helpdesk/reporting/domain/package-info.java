/** The quarterly Guaranteed Services report: the contract's quarters and the archived, immutable reports. */
package gr.cloudu.helpdesk.reporting.domain;
