package gr.cloudu.helpdesk.customer.application;

import gr.cloudu.helpdesk.customer.domain.CommunicationLevel;

import java.util.List;

/**
 * Who talks to whom at one communication level of a contract: the customer's contacts at that level and the
 * company's side (the help desk at Level I, the head of the help desk at Level II), and what the level covers.
 */
public record CommunicationLevelView(CommunicationLevel level, List<ContactView> customer, String companyName, String companyEmail) {
}
