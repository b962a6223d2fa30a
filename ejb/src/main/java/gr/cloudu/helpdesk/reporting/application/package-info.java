/** Producing the quarterly Guaranteed Services report (figures, PDF, CSV), archiving, listing and mailing it. */
package gr.cloudu.helpdesk.reporting.application;
