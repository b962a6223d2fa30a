package gr.cloudu.helpdesk.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One quarter of a contract, counted from its signature (DOMAIN.md §8): a contract signed on 15 February has
 * quarters 15 Feb–14 May, 15 May–14 Aug, … Each quarter is computed from the signature date itself, not from
 * the previous quarter, so a contract signed on 31 January keeps its day where the month has one
 * (31 Jan–29 Apr, 30 Apr–30 Jul, 31 Jul–30 Oct). Days are days in Athens, where the contract is kept.
 */
public record ContractQuarter(int number, LocalDate from, LocalDate to) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Athens");

    /** The {@code number}th quarter (1 = the first) of a contract signed on {@code signedOn}. */
    public static ContractQuarter of(LocalDate signedOn, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("quarters are numbered from 1: " + number);
        }
        return new ContractQuarter(number, signedOn.plusMonths(3L * (number - 1)), signedOn.plusMonths(3L * number).minusDays(1));
    }

    /** The quarter that holds {@code day}, or the first one for a day before the signature. */
    public static ContractQuarter containing(LocalDate signedOn, LocalDate day) {
        int number = 1;
        while (of(signedOn, number).to().isBefore(day)) {
            number++;
        }
        return of(signedOn, number);
    }

    /** The quarters that had ended by {@code today} (their last day is before it), oldest first. */
    public static List<ContractQuarter> endedBy(LocalDate signedOn, LocalDate today) {
        List<ContractQuarter> ended = new ArrayList<>();
        for (int n = 1; of(signedOn, n).to().isBefore(today); n++) {
            ended.add(of(signedOn, n));
        }
        return ended;
    }

    /** The first moment of the quarter: midnight in Athens at its first day. */
    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first moment after the quarter: midnight in Athens after its last day. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The quarter's three months, each [first day, first day of the next), for the month-by-month figures. */
    public List<LocalDate> monthStarts() {
        return List.of(from, from.plusMonths(1), from.plusMonths(2));
    }
}
