package gr.cloudu.helpdesk.ticket.domain;

import gr.cloudu.helpdesk.shared.domain.Severity;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TicketTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-27T13:45:10.123456789Z");

    private Ticket filed() {
        return Ticket.file(FilingNumber.of(2026, 7), RECEIVED, null, Channel.EMAIL, 42L,
                new Reporter("Γιώργος Παπαδόπουλος", "g@example.gr", "Τεχνικός", "Πληροφορική"),
                "PBX-1", Severity.CRITICAL, "Όλες οι γραμμές νεκρές", null, "agent");
    }

    @Test
    void filingStartsTheLifecycleAtTheReceiptTime() {
        Ticket ticket = filed();

        assertThat(ticket.status()).isEqualTo(TicketStatus.FILED);
        assertThat(ticket.tier()).isEqualTo(Tier.HELP_DESK);
        assertThat(ticket.events()).singleElement().satisfies(e -> {
            assertThat(e.seq()).isEqualTo(1);
            assertThat(e.type()).isEqualTo(LifecycleEventType.FILED);
            assertThat(e.at()).isEqualTo(ticket.reportedAt());
            assertThat(e.actor()).isEqualTo("agent");
        });
        assertThat(ticket.reportedAt()).isEqualTo(Instant.parse("2026-03-27T13:45:10.123456Z"));
        assertThat(ticket.lifecycleIntact()).isTrue();
    }

    @Test
    void theReceiptIsEnteredOnceHoweverOftenItIsReported() {
        Ticket ticket = filed();

        assertThat(ticket.recordReceiptSent(RECEIVED.plusSeconds(3), "g@example.gr")).isTrue();
        assertThat(ticket.recordReceiptSent(RECEIVED.plusSeconds(9), "g@example.gr")).isFalse();

        assertThat(ticket.events()).extracting(TicketEvent::type)
                .containsExactly(LifecycleEventType.FILED, LifecycleEventType.RECEIPT_SENT);
        assertThat(ticket.events().get(1).seq()).isEqualTo(2);
        assertThat(ticket.lifecycleIntact()).isTrue();
    }

    @Test
    void eachEventChainsToThePreviousOne() {
        Ticket ticket = filed();
        ticket.recordReceiptSent(RECEIVED.plusSeconds(3), "g@example.gr");

        TicketEvent first = ticket.events().get(0);
        TicketEvent second = ticket.events().get(1);
        assertThat(first.chainsFrom(LifecycleHash.GENESIS)).isTrue();
        assertThat(second.chainsFrom(first.hash())).isTrue();
        assertThat(second.chainsFrom(LifecycleHash.GENESIS)).isFalse();
    }

    @Test
    void aTelephoneReportIsConfirmedByTheFirstWrittenMessageOnly() {
        Ticket ticket = Ticket.file(FilingNumber.of(2026, 8), RECEIVED, null, Channel.PHONE, 42L,
                new Reporter("Γιώργος", "g@example.gr", "Τεχνικός", "Πληροφορική"), null, Severity.MAJOR, "Τηλεφωνική",
                null, "agent");
        assertThat(ticket.needsWrittenConfirmation()).isTrue();

        ticket.recordCustomerMessage(RECEIVED.plusSeconds(600), "g@example.gr", "Επιβεβαιώνω.");
        ticket.recordCustomerMessage(RECEIVED.plusSeconds(900), "g@example.gr", "Και κάτι ακόμη.");

        assertThat(ticket.writtenConfirmationAt()).isEqualTo(RECEIVED.plusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(ticket.events()).extracting(TicketEvent::type).containsExactly(LifecycleEventType.FILED,
                LifecycleEventType.CUSTOMER_MESSAGE, LifecycleEventType.WRITTEN_CONFIRMATION, LifecycleEventType.CUSTOMER_MESSAGE);
        assertThat(ticket.lifecycleIntact()).isTrue();
    }

    @Test
    void aWrittenReportNeedsNoConfirmation() {
        Ticket ticket = filed();
        ticket.recordCustomerMessage(RECEIVED.plusSeconds(600), "g@example.gr", "Νέα στοιχεία.");

        assertThat(ticket.needsWrittenConfirmation()).isFalse();
        assertThat(ticket.writtenConfirmationAt()).isNull();
    }

    @Test
    void anAlteredEventBreaksTheChain() throws Exception {
        Ticket ticket = filed();
        ticket.recordReceiptSent(RECEIVED.plusSeconds(3), "g@example.gr");

        Field detail = TicketEvent.class.getDeclaredField("detail");
        detail.setAccessible(true);
        detail.set(ticket.events().get(0), "reported a week later");

        assertThat(ticket.lifecycleIntact()).isFalse();
    }

    @Test
    void aBackdatedEventBreaksTheChain() throws Exception {
        Ticket ticket = filed();

        Field at = TicketEvent.class.getDeclaredField("at");
        at.setAccessible(true);
        at.set(ticket.events().get(0), RECEIVED.minusSeconds(86_400));

        assertThat(ticket.lifecycleIntact()).isFalse();
    }
}
