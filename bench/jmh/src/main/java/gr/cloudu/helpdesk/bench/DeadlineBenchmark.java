package gr.cloudu.helpdesk.bench;

import gr.cloudu.helpdesk.shared.domain.ServiceTime;
import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.sla.domain.BusinessCalendar;
import gr.cloudu.helpdesk.ticket.domain.Actor;
import gr.cloudu.helpdesk.ticket.domain.Channel;
import gr.cloudu.helpdesk.ticket.domain.FilingNumber;
import gr.cloudu.helpdesk.ticket.domain.Reporter;
import gr.cloudu.helpdesk.ticket.domain.SlaPolicy;
import gr.cloudu.helpdesk.ticket.domain.SlaTerms;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Issue 4: at least 50,000 deadline computations per second. Report times step through a year (weekends,
 * holidays, both daylight-saving changes), so the calendar's work is the real mix, not one cached day.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeadlineBenchmark {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final long YEAR_MINUTES = 366L * 24 * 60;
    private static final Duration RESTORE = Duration.ofHours(16);

    private final BusinessCalendar calendar = BusinessCalendar.standard();
    private final SlaPolicy policy = new SlaPolicy(calendar, 0.75, Duration.ofHours(35));
    private final SlaTerms major = new SlaTerms(false, 120, 480, 960, 240);
    private long step;

    private Instant nextReport() {
        step = (step + 7919) % YEAR_MINUTES;
        return START.plusSeconds(step * 60);
    }

    /** Baseline: the same deadline round the clock (plain instant arithmetic). */
    @Benchmark
    public Instant roundTheClockDeadline() {
        return ServiceTime.ROUND_THE_CLOCK.plus(nextReport(), RESTORE);
    }

    /** One deadline in business hours: what sla-preview computes three times per answer. */
    @Benchmark
    public Instant businessHoursDeadline() {
        return calendar.plus(nextReport(), RESTORE);
    }

    /** A whole sla-preview answer: response, on-site and restore deadlines in business hours. */
    @Benchmark
    public Instant slaPreview() {
        Instant at = nextReport();
        calendar.plus(at, Duration.ofHours(2));
        calendar.plus(at, Duration.ofHours(8));
        return calendar.plus(at, RESTORE);
    }

    /** Filing a ticket and starting its clock: three deadlines with their warning times, and the life-cycle entries. */
    @Benchmark
    public Ticket ticketClockStarted() {
        Instant at = nextReport();
        Ticket ticket = Ticket.file(FilingNumber.of(2026, 1), at, null, Channel.API, 1L, "K-1",
                new Reporter("Bench", "bench@example.gr", "Technician", "IT"), "PBX-1", Severity.MAJOR, "Bench fault", null,
                Actor.system("bench"));
        ticket.startClock(major, policy, at);
        return ticket;
    }
}
