package gr.cloudu.helpdesk.customer.application;

import java.util.List;

/** The request to register a signed contract with its SLA terms. */
public record NewContract(String code, String signedOn, List<SlaTermView> terms) {
}
