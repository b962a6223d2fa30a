package gr.cloudu.helpdesk.reporting.domain;

import gr.cloudu.helpdesk.shared.domain.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One archived version of a contract's quarterly Guaranteed Services report: the PDF and the CSV exactly as
 * they were produced, with their SHA-256, so what the customer received can be shown again byte for byte.
 * Never changed after it is written, apart from recording where it was mailed; producing the report again
 * makes a new version and the older ones stay.
 */
@Entity
@Table(name = "quarterly_report")
public class QuarterlyReport {

    @Id
    @SequenceGenerator(name = "quarterly_report_seq", sequenceName = "quarterly_report_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quarterly_report_seq")
    private Long id;

    @Column(name = "contract_code", nullable = false, updatable = false)
    private String contractCode;

    @Column(nullable = false, updatable = false)
    private int quarter;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(name = "generated_at", nullable = false, updatable = false)
    private Instant generatedAt;

    @Column(name = "generated_by", nullable = false, updatable = false)
    private String generatedBy;

    @Column(name = "ticket_count", nullable = false, updatable = false)
    private int ticketCount;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "csv_sha256", nullable = false, updatable = false, length = 64)
    private String csvSha256;

    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @Column(nullable = false, updatable = false)
    private byte[] csv;

    @Column(name = "mailed_to", length = 2000)
    private String mailedTo;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected QuarterlyReport() {
    }

    public QuarterlyReport(String contractCode, ContractQuarter quarter, int version, String language, Instant generatedAt,
                           String generatedBy, int ticketCount, byte[] pdf, byte[] csv) {
        this.contractCode = contractCode;
        this.quarter = quarter.number();
        this.version = version;
        this.periodFrom = quarter.from();
        this.periodTo = quarter.to();
        this.language = language;
        this.generatedAt = generatedAt.truncatedTo(ChronoUnit.MICROS);
        this.generatedBy = generatedBy;
        this.ticketCount = ticketCount;
        this.pdf = pdf.clone();
        this.csv = csv.clone();
        this.sha256 = Sha256.hex(pdf);
        this.csvSha256 = Sha256.hex(csv);
    }

    /** Records who the report was sent to (the customer's Level II contacts) and when, the latest sending. */
    public void mailed(String recipients, Instant at) {
        mailedTo = recipients;
        mailedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    public Long id() {
        return id;
    }

    public String contractCode() {
        return contractCode;
    }

    public int quarter() {
        return quarter;
    }

    public int version() {
        return version;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public String language() {
        return language;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public String generatedBy() {
        return generatedBy;
    }

    public int ticketCount() {
        return ticketCount;
    }

    public String csvSha256() {
        return csvSha256;
    }

    public String mailedTo() {
        return mailedTo;
    }

    public Instant mailedAt() {
        return mailedAt;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    public byte[] csv() {
        return csv.clone();
    }
}
