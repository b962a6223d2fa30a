package gr.cloudu.helpdesk.customer.web;

import gr.cloudu.helpdesk.customer.application.NewContract;
import gr.cloudu.helpdesk.customer.domain.SlaClock;
import gr.cloudu.helpdesk.shared.domain.Severity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A contract as typed on the customer's page: its code, signature date and one row of terms per severity. A
 * severity whose hours are all left empty is not covered by the contract.
 */
public class ContractForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private LocalDate signedOn;
    private final List<TermRow> terms = Arrays.stream(Severity.values())
            .map(s -> new TermRow(s, s == Severity.CRITICAL ? SlaClock.ALWAYS : SlaClock.BUSINESS)).toList();

    NewContract toCommand() {
        return new NewContract(code, signedOn == null ? null : signedOn.toString(),
                terms.stream().filter(TermRow::given).map(TermRow::toTerm).toList());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public List<TermRow> getTerms() {
        return terms;
    }

    public SlaClock[] getClocks() {
        return SlaClock.values();
    }

    /** The terms for one severity. */
    public static class TermRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Severity severity;
        private SlaClock clock;
        private BigDecimal responseHours;
        private BigDecimal onSiteHours;
        private BigDecimal restoreHours;
        private BigDecimal updateEveryHours;

        TermRow(Severity severity, SlaClock clock) {
            this.severity = severity;
            this.clock = clock;
        }

        boolean given() {
            return responseHours != null || onSiteHours != null || restoreHours != null || updateEveryHours != null;
        }

        NewContract.Term toTerm() {
            return new NewContract.Term(severity.name(), clock == null ? null : clock.name(), responseHours, onSiteHours,
                    restoreHours, updateEveryHours);
        }

        public Severity getSeverity() {
            return severity;
        }

        public SlaClock getClock() {
            return clock;
        }

        public void setClock(SlaClock clock) {
            this.clock = clock;
        }

        public BigDecimal getResponseHours() {
            return responseHours;
        }

        public void setResponseHours(BigDecimal responseHours) {
            this.responseHours = responseHours;
        }

        public BigDecimal getOnSiteHours() {
            return onSiteHours;
        }

        public void setOnSiteHours(BigDecimal onSiteHours) {
            this.onSiteHours = onSiteHours;
        }

        public BigDecimal getRestoreHours() {
            return restoreHours;
        }

        public void setRestoreHours(BigDecimal restoreHours) {
            this.restoreHours = restoreHours;
        }

        public BigDecimal getUpdateEveryHours() {
            return updateEveryHours;
        }

        public void setUpdateEveryHours(BigDecimal updateEveryHours) {
            this.updateEveryHours = updateEveryHours;
        }
    }
}
