package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.ticket.domain.Channel;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The group commit of reports arriving together, with a register that keeps what it is given in memory. */
class FilingDeskTest {

    /**
     * Files every report of a group unless one of them is "poison", which fails the group while it is written,
     * "lost", whose commit fails, "mixed", whose commit ends with a heuristic outcome, or "error", which throws an Error;
     * refuses those whose subject starts with "refused"; holds the report "hold" until told to go on.
     */
    private static final class Register extends TicketFilingService {
        final List<Integer> groups = Collections.synchronizedList(new ArrayList<>());
        final List<String> committed = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch holding = new CountDownLatch(1);
        final CountDownLatch goOn = new CountDownLatch(1);
        final AtomicInteger writing = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public ArrivedReport arrived(ReportFault report) {
            return new ArrivedReport(report, Instant.now(), "api-user");
        }

        @Override
        public List<FilingOutcome> fileArrived(List<ArrivedReport> reports) {
            mostAtOnce.accumulateAndGet(writing.incrementAndGet(), Math::max);
            try {
                return write(reports);
            } finally {
                writing.decrementAndGet();
            }
        }

        private List<FilingOutcome> write(List<ArrivedReport> reports) {
            groups.add(reports.size());
            if (reports.get(0).report().subject().equals("hold")) {
                holding.countDown();
                await(goOn);
            }
            sleep(5);
            if (has(reports, "poison")) {
                throw new EJBException(new IllegalStateException("the transaction failed"));
            }
            if (has(reports, "lost")) {
                throw new EJBTransactionRolledbackException("the commit failed", new RollbackException());
            }
            if (has(reports, "mixed")) {
                throw new EJBException("the outcome is unknown", new HeuristicMixedException());
            }
            if (has(reports, "error")) {
                throw new StackOverflowError();
            }
            List<FilingOutcome> outcomes = new ArrayList<>();
            for (ArrivedReport r : reports) {
                outcomes.add(r.report().subject().startsWith("refused") ? FilingOutcome.refused(
                        BusinessException.invalid("equipmentSerial", "unknown_equipment", r.report().subject()))
                        : FilingOutcome.filed(ticket(r.report().subject())));
            }
            reports.stream().filter(r -> !r.report().subject().startsWith("refused")).forEach(r -> committed.add(r.report().subject()));
            return outcomes;
        }

        private static boolean has(List<ArrivedReport> reports, String subject) {
            return reports.stream().anyMatch(r -> r.report().subject().equals(subject));
        }
    }

    private final Register register = new Register();
    private final FilingDesk desk = new FilingDesk(register);

    @Test
    void reportsArrivingWhileAnotherIsWrittenAreWrittenTogetherAndEachSenderGetsTheirOwnTicket() throws Exception {
        int senders = 16;
        int each = 25;
        ExecutorService threads = Executors.newFixedThreadPool(senders);
        CyclicBarrier together = new CyclicBarrier(senders);
        List<CompletableFuture<List<String>>> answers = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            int sender = s;
            answers.add(CompletableFuture.supplyAsync(() -> {
                await(together);
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    mine.add(desk.file(report("fault " + sender + "/" + i)).subject());
                }
                return mine;
            }, threads));
        }
        for (int s = 0; s < senders; s++) {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                expected.add("fault " + s + "/" + i);
            }
            assertThat(answers.get(s).get(30, TimeUnit.SECONDS)).containsExactlyElementsOf(expected);
        }
        threads.shutdown();

        assertThat(register.committed).hasSize(senders * each).doesNotHaveDuplicates();
        assertThat(register.groups.stream().mapToInt(Integer::intValue).sum()).isEqualTo(senders * each);
        assertThat(register.groups.size()).as("transactions for %d reports", senders * each).isLessThan(senders * each / 2);
        assertThat(register.mostAtOnce.get()).as("groups written at once").isEqualTo(1);
    }

    @Test
    void aReportRefusedForItsOwnReasonIsRefusedAloneAndTheOthersOfItsGroupAreFiled() throws Exception {
        List<String> outcomes = fileTogether(List.of("one", "refused two", "three", "four"));

        assertThat(register.groups).containsExactly(1, 4);
        assertThat(outcomes).containsExactlyInAnyOrder("one", "unknown_equipment (equipmentSerial) [refused two]", "three", "four");
        assertThat(register.committed).containsExactlyInAnyOrder("hold", "one", "three", "four");
    }

    @Test
    void whenTheGroupsTransactionIsRolledBackEachReportIsFiledAgainOnItsOwnAndOnlyTheCulpritFails() throws Exception {
        List<String> outcomes = fileTogether(List.of("one", "poison", "three", "four", "five"));

        assertThat(register.groups).containsExactly(1, 5, 1, 1, 1, 1, 1);
        assertThat(outcomes).hasSize(5).contains("one", "three", "four", "five")
                .filteredOn(o -> o.contains("the transaction failed")).hasSize(1);
        assertThat(register.committed).containsExactlyInAnyOrder("hold", "one", "three", "four", "five");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"lost, the commit failed", "mixed, the outcome is unknown"})
    void whenTheCommitItselfFailsOrEndsHeuristicallyNoReportIsFiledAgainSinceTheDatabaseMayHaveCommitted(String culprit, String failure)
            throws Exception {
        List<String> outcomes = fileTogether(List.of("one", culprit, "three"));

        assertThat(register.groups).containsExactly(1, 3);
        assertThat(outcomes).hasSize(3).allMatch(o -> o.startsWith(failure));
        assertThat(register.committed).containsExactly("hold");
    }

    @Test
    void anErrorWhileAGroupIsWrittenFailsItsReportsAndTheDeskGoesOn() throws Exception {
        List<String> outcomes = fileTogether(List.of("one", "error", "three"));

        assertThat(outcomes).containsOnly("The report could not be filed");
        assertThat(desk.file(report("next")).subject()).isEqualTo("next");
        assertThat(register.groups).containsExactly(1, 3, 1);
    }

    @Test
    void aLoneReportWhoseTransactionFailsGetsThatFailure() {
        assertThatThrownBy(() -> desk.file(report("poison"))).isInstanceOf(EJBException.class)
                .hasMessageContaining("the transaction failed");
        assertThat(desk.file(report("next")).subject()).isEqualTo("next");
    }

    /**
     * Files the reports from as many threads while a report held in the register is being written, so that they wait
     * and are then written as one group; each answer is the ticket's subject or the refusal's message.
     */
    private List<String> fileTogether(List<String> subjects) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(subjects.size() + 1);
        CompletableFuture<String> held = CompletableFuture.supplyAsync(() -> desk.file(report("hold")).subject(), threads);
        await(register.holding);
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (String subject : subjects) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return desk.file(report(subject)).subject();
                } catch (RuntimeException e) {
                    return e.getMessage();
                }
            }, threads));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (desk.waiting() < subjects.size() && System.nanoTime() < deadline) {
            sleep(10);
        }
        assertThat(desk.waiting()).as("reports queued behind the one held").isEqualTo(subjects.size());
        register.goOn.countDown();
        assertThat(held.get(30, TimeUnit.SECONDS)).isEqualTo("hold");
        List<String> outcomes = new ArrayList<>();
        for (CompletableFuture<String> answer : answers) {
            outcomes.add(answer.get(30, TimeUnit.SECONDS));
        }
        threads.shutdown();
        return outcomes;
    }

    private static ReportFault report(String subject) {
        return new ReportFault("ACME", "reporter@acme.example.gr", null, Severity.MAJOR, subject, null, Channel.API);
    }

    private static TicketDetail ticket(String subject) {
        return new TicketDetail("CU-2026-000001", Instant.now(), null, Channel.API, "ACME", "Acme", null, null, null, Severity.MAJOR,
                subject, null, null, null, null, null, false, null, null, null, null, null, null, 0, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
