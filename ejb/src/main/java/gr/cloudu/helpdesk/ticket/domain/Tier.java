package gr.cloudu.helpdesk.ticket.domain;

import java.util.Optional;

/** The team that holds a ticket: the help desk first, then the escalation tiers of the contract. */
public enum Tier {
    HELP_DESK, TECH_SUPPORT, ON_SITE;

    /** Where an escalation from this tier goes: help desk, then Technical Support, then On-Site. */
    public Optional<Tier> next() {
        return this == ON_SITE ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
