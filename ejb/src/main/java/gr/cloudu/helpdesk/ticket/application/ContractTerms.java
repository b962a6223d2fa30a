package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.customer.domain.SlaClock;
import gr.cloudu.helpdesk.customer.domain.SlaTerm;
import gr.cloudu.helpdesk.ticket.domain.SlaTerms;


/** A contract's term as the ticket keeps it: hours to the minute, and which clock they run on. */
final class ContractTerms {

    private ContractTerms() {
    }

    static SlaTerms of(SlaTerm term) {
        return new SlaTerms(term.clock() == SlaClock.ALWAYS, SlaTerm.minutes(term.responseHours()),
                SlaTerm.minutes(term.onSiteHours()), SlaTerm.minutes(term.restoreHours()), SlaTerm.minutes(term.updateEveryHours()));
    }
}
