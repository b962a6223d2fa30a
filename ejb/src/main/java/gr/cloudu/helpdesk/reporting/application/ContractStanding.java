package gr.cloudu.helpdesk.reporting.application;

import gr.cloudu.helpdesk.reporting.domain.ContractQuarter;

/**
 * How a contract stands in its current quarter so far: faults reported, deadlines met and missed (counted as the
 * quarterly report counts them), deadlines still running, and the contract's faults open right now.
 */
public record ContractStanding(String contract, String customer, ContractQuarter quarter, int faults, int met, int breached,
                               int running, int open) {

    /** Met / (met + missed), rounded down as in the report; null while nothing is settled. */
    public Integer percentMet() {
        return met + breached == 0 ? null : (int) Math.floor(100.0 * met / (met + breached));
    }
}
