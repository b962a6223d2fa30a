package gr.cloudu.helpdesk.ticket.infrastructure;

import gr.cloudu.helpdesk.ticket.domain.FilingNumber;
import gr.cloudu.helpdesk.ticket.domain.FilingNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Filing numbers from a database sequence: atomic across threads and servers, and a number taken by a
 * transaction that rolls back is skipped, never handed out again. The year is that of the receipt in
 * Athens.
 */
@ApplicationScoped
public class SequenceFilingNumbers implements FilingNumbers {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    @PersistenceContext
    private EntityManager em;

    @Override
    public FilingNumber next(Instant reportedAt) {
        // The sequence needs none of the transaction's pending writes: asking for it must not flush them (a batch of
        // mails is written once, at its commit).
        Number serial = (Number) em.createNativeQuery("SELECT nextval('filing_number_seq')").setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
        return FilingNumber.of(reportedAt.atZone(ATHENS).getYear(), serial.longValue());
    }
}
