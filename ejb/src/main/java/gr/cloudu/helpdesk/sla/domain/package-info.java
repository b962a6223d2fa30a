/** The company's business calendar and the Greek public holidays it keeps. */
package gr.cloudu.helpdesk.sla.domain;
