package gr.cloudu.helpdesk.customer.application;

import gr.cloudu.helpdesk.customer.domain.Contract;

import java.time.LocalDate;
import java.util.List;

/** A contract as the interfaces show it. */
public record ContractView(String code, String customer, LocalDate signedOn, List<SlaTermView> terms) {

    static ContractView of(Contract c, String customerCode) {
        return new ContractView(c.code(), customerCode, c.signedOn(), c.terms().stream().map(SlaTermView::of).toList());
    }
}
