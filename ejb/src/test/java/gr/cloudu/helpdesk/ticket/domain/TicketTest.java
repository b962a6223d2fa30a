package gr.cloudu.helpdesk.ticket.domain;

import gr.cloudu.helpdesk.shared.domain.ServiceTime;
import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.shared.domain.Sha256;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TicketTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-27T13:45:10.123456789Z");
    private static final Actor REPORTER = new Actor("g@example.gr", "Τεχνικός");
    private static final SlaPolicy POLICY = new SlaPolicy(ServiceTime.ROUND_THE_CLOCK, 0.75, null);

    private Ticket filed() {
        return Ticket.file(FilingNumber.of(2026, 7), RECEIVED, null, Channel.EMAIL, 42L, "K-1",
                new Reporter("Γιώργος Παπαδόπουλος", "g@example.gr", "Τεχνικός", "Πληροφορική"),
                "PBX-1", Severity.CRITICAL, "Όλες οι γραμμές νεκρές", null, new Actor("agent", "AGENT"));
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
            assertThat(e.actorCapacity()).isEqualTo("AGENT");
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
        Ticket ticket = Ticket.file(FilingNumber.of(2026, 8), RECEIVED, null, Channel.PHONE, 42L, null,
                new Reporter("Γιώργος", "g@example.gr", "Τεχνικός", "Πληροφορική"), null, Severity.MAJOR, "Τηλεφωνική",
                null, new Actor("agent", "AGENT"));
        assertThat(ticket.needsWrittenConfirmation()).isTrue();

        ticket.recordCustomerMessage(RECEIVED.plusSeconds(600), REPORTER, "Επιβεβαιώνω.", POLICY);
        ticket.recordCustomerMessage(RECEIVED.plusSeconds(900), REPORTER, "Και κάτι ακόμη.", POLICY);

        assertThat(ticket.writtenConfirmationAt()).isEqualTo(RECEIVED.plusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(ticket.events()).extracting(TicketEvent::type).containsExactly(LifecycleEventType.FILED,
                LifecycleEventType.CUSTOMER_MESSAGE, LifecycleEventType.WRITTEN_CONFIRMATION, LifecycleEventType.CUSTOMER_MESSAGE);
        assertThat(ticket.lifecycleIntact()).isTrue();
    }

    @Test
    void aWrittenReportNeedsNoConfirmation() {
        Ticket ticket = filed();
        ticket.recordCustomerMessage(RECEIVED.plusSeconds(600), REPORTER, "Νέα στοιχεία.", POLICY);

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

    @Test
    void anEventRecordedWithoutCapacityHashesAsBefore() {
        String legacy = gr.cloudu.helpdesk.shared.domain.Sha256.hex(String.join("\u001f", LifecycleHash.GENESIS, "1",
                RECEIVED.toString(), "FILED", "agent", "x"));

        assertThat(LifecycleHash.of(LifecycleHash.GENESIS, 1, RECEIVED, LifecycleEventType.FILED, "agent", null, "x")).isEqualTo(legacy);
        assertThat(LifecycleHash.of(LifecycleHash.GENESIS, 1, RECEIVED, LifecycleEventType.FILED, "agent", "AGENT", "x")).isNotEqualTo(legacy);
    }
    @Test
    void storedOriginalsAreHeldToTheHashesTheLifecycleEntered() {
        Ticket ticket = filed();
        String mail = Sha256.hex("the mail".getBytes());
        String fax = Sha256.hex("the fax".getBytes());
        ticket.archiveMail(RECEIVED, new Actor("mailbox", "SYSTEM"), List.of("mail <a@b>: 8 bytes, sha256=" + mail,
                "attachment fax.pdf: 7 bytes, sha256=" + fax, "attachment huge.zip: 99999999 bytes, not stored (over the size limit)"));

        EvidenceCheck intact = ticket.checkEvidence(List.of(new EvidenceFile("mail 1", mail, mail, mail),
                new EvidenceFile("fax.pdf", fax, fax, mail)));
        assertThat(intact.altered()).isEmpty();
        assertThat(intact.checked()).isEqualTo(2);
        // The attachment's bytes changed, and the hash kept beside them with them.
        String other = Sha256.hex("another fax".getBytes());
        assertThat(ticket.checkEvidence(List.of(new EvidenceFile("mail 1", mail, mail, mail),
                new EvidenceFile("fax.pdf", other, other, mail))).altered())
                .contains(new Alteration(Alteration.Kind.FILE_CHANGED, "fax.pdf"),
                        new Alteration(Alteration.Kind.ENTERED_FILE_MISSING, "#2 sha256=" + fax));
        // The mail's bytes changed, and the hash kept beside them with them.
        String forged = Sha256.hex("a forged mail".getBytes());
        assertThat(ticket.checkEvidence(List.of(new EvidenceFile("mail 1", forged, forged, forged),
                new EvidenceFile("fax.pdf", fax, fax, mail))).altered())
                .containsExactly(new Alteration(Alteration.Kind.ENTERED_FILE_MISSING, "#2 sha256=" + mail));
        // The attachment removed.
        assertThat(ticket.checkEvidence(List.of(new EvidenceFile("mail 1", mail, mail, mail))).altered())
                .containsExactly(new Alteration(Alteration.Kind.ENTERED_FILE_MISSING, "#2 sha256=" + fax));
        assertThat(ticket.lifecycleIntact()).isTrue();
    }

    @Test
    void eachEnteredCopyOfTheSameBytesNeedsItsOwnStoredFile() {
        Ticket ticket = filed();
        String log = Sha256.hex("alarm log".getBytes());
        ticket.archiveMail(RECEIVED, new Actor("mailbox", "SYSTEM"), List.of("mail <1@b>: 8 bytes, sha256=" + Sha256.hex("m1"),
                "attachment alarms.log: 9 bytes, sha256=" + log));
        ticket.archiveMail(RECEIVED, new Actor("mailbox", "SYSTEM"), List.of("mail <2@b>: 8 bytes, sha256=" + Sha256.hex("m2"),
                "attachment alarms.log: 9 bytes, sha256=" + log));
        List<EvidenceFile> both = List.of(new EvidenceFile("mail 1", Sha256.hex("m1"), Sha256.hex("m1"), Sha256.hex("m1")),
                new EvidenceFile("mail 1, attachment alarms.log", log, log, Sha256.hex("m1")),
                new EvidenceFile("mail 2", Sha256.hex("m2"), Sha256.hex("m2"), Sha256.hex("m2")),
                new EvidenceFile("mail 2, attachment alarms.log", log, log, Sha256.hex("m2")));

        assertThat(ticket.checkEvidence(both).altered()).isEmpty();
        assertThat(ticket.checkEvidence(both.subList(0, 3)).altered())
                .containsExactly(new Alteration(Alteration.Kind.ENTERED_FILE_MISSING, "#3 sha256=" + log));
    }

    @Test
    void aSenderCannotWriteAHashIntoTheLifecycleThroughANameTheyChose() {
        Ticket ticket = filed();
        String claimed = Sha256.hex("nothing".getBytes());
        TicketDocument scan = ticket.fileDocument("sha256=" + claimed + ".pdf", "application/pdf", "scan".getBytes(), RECEIVED,
                new Actor("agent", "AGENT"));

        assertThat(ticket.events().get(ticket.events().size() - 1).detail()).doesNotContain("sha256=" + claimed);
        assertThat(ticket.checkEvidence(List.of(new EvidenceFile("scan", scan.sha256(), scan.sha256(), scan.sha256()))).altered())
                .isEmpty();
    }

    @Test
    void aMailTakenBeforeOriginalsWereEnteredIsHeldToTheHashKeptBesideIt() {
        Ticket ticket = filed();
        String kept = Sha256.hex("the mail".getBytes());

        assertThat(ticket.checkEvidence(List.of(new EvidenceFile("mail 1", kept, kept, kept))).altered()).isEmpty();
        assertThat(ticket.checkEvidence(List.of(new EvidenceFile("mail 1", Sha256.hex("changed".getBytes()), kept, kept))).altered())
                .containsExactly(new Alteration(Alteration.Kind.FILE_CHANGED, "mail 1"));
        assertThat(ticket.checkEvidence(List.of(new EvidenceFile("mail 1, attachment a.log", Sha256.hex("a"), null, kept))).checked())
                .as("an attachment of such a mail has nothing to be held to").isZero();
    }

    @Test
    void aMailWithManyFilesTakesAsManyEntriesAsTheirSizeNeeds() {
        Ticket ticket = filed();
        List<String> files = IntStream.range(0, 40).mapToObj(i -> "attachment " + "x".repeat(200) + i + ".pdf: 10 bytes, sha256="
                + Sha256.hex(new byte[]{(byte) i})).toList();

        ticket.archiveMail(RECEIVED, new Actor("mailbox", "SYSTEM"), files);

        List<TicketEvent> entries = ticket.events().stream().filter(e -> e.type() == LifecycleEventType.MAIL_ARCHIVED).toList();
        assertThat(entries).hasSizeGreaterThan(1).allSatisfy(e -> assertThat(e.detail().length()).isLessThanOrEqualTo(4000));
        assertThat(String.join("; ", entries.stream().map(TicketEvent::detail).toList())).isEqualTo(String.join("; ", files));
        assertThat(ticket.checkEvidence(files.stream().map(f -> {
            String hash = f.substring(f.indexOf("sha256=") + 7);
            return new EvidenceFile(f, hash, null, "none");
        }).toList()).altered()).isEmpty();
    }
}
