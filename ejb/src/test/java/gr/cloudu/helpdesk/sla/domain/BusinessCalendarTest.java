package gr.cloudu.helpdesk.sla.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessCalendarTest {

    private final BusinessCalendar calendar = BusinessCalendar.standard();

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @ParameterizedTest(name = "{0} + {1}h = {2}")
    @CsvSource({
            // within one working day
            "2026-11-23T10:00+02:00, 2, 2026-11-23T12:00+02:00",
            // ends exactly at closing time
            "2026-11-23T13:00+02:00, 2, 2026-11-23T15:00+02:00",
            // Friday afternoon runs over the weekend
            "2026-11-27T14:00+02:00, 2, 2026-11-30T09:00+02:00",
            // filed Friday after 15:00: the clock starts Monday at 08:00
            "2026-11-27T16:30+02:00, 2, 2026-11-30T10:00+02:00",
            // filed on Saturday night
            "2026-11-28T23:59+02:00, 1, 2026-11-30T09:00+02:00",
            // filed before opening
            "2026-11-24T06:15+02:00, 1, 2026-11-24T09:00+02:00",
            // filed on a holiday (Ochi Day, Wednesday)
            "2026-10-28T09:00+02:00, 1, 2026-10-29T09:00+02:00",
            // Christmas Eve afternoon: 25 (Fri) and 26 (Sat) December, Sunday, then Monday
            "2026-12-24T14:00+02:00, 2, 2026-12-28T09:00+02:00",
            // several days: 7 + 7 + 2
            "2026-11-23T08:00+02:00, 16, 2026-11-25T10:00+02:00",
            // over the March change to summer time (Sunday 29 March 2026)
            "2026-03-27T14:00+02:00, 2, 2026-03-30T09:00+03:00",
            // over the October change to winter time (Sunday 25 October 2026); 28 October is a holiday
            "2026-10-23T14:00+03:00, 2, 2026-10-26T09:00+02:00",
            "2026-10-27T14:00+02:00, 2, 2026-10-29T09:00+02:00",
            // Orthodox Easter 2027: Good Friday 30 April, Labour Day Saturday, Easter Monday 3 May
            "2027-04-29T14:30+03:00, 1, 2027-05-04T08:30+03:00"})
    void addsBusinessHours(String from, long hours, String expected) {
        assertThat(calendar.plus(at(from), Duration.ofHours(hours))).isEqualTo(at(expected));
    }

    @Test
    void countsOnlyWorkingTimeBetweenTwoMoments() {
        // Friday 1h, Monday 7h, Tuesday 7h, Wednesday 25 March holiday, Thursday 2h.
        assertThat(calendar.between(at("2026-03-20T14:00+02:00"), at("2026-03-26T10:00+02:00")))
                .isEqualTo(Duration.ofHours(17));
        assertThat(calendar.between(at("2026-11-28T10:00+02:00"), at("2026-11-29T18:00+02:00"))).isZero();
        assertThat(calendar.between(at("2026-11-24T10:00+02:00"), at("2026-11-23T10:00+02:00"))).isZero();
    }

    @Test
    void aWorkingDayIsSevenHoursOnBothSidesOfADaylightSavingChange() {
        assertThat(calendar.between(at("2026-03-27T00:00+02:00"), at("2026-03-31T00:00+03:00"))).isEqualTo(Duration.ofHours(14));
        assertThat(calendar.between(at("2026-10-23T00:00+03:00"), at("2026-10-27T00:00+02:00"))).isEqualTo(Duration.ofHours(14));
    }

    @Test
    void plusAndBetweenAgree() {
        Instant from = at("2026-12-22T11:17+02:00");
        for (int minutes = 1; minutes < 60 * 40; minutes += 37) {
            Instant due = calendar.plus(from, Duration.ofMinutes(minutes));
            assertThat(calendar.between(from, due)).isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void closureDaysAreNotWorked() {
        BusinessCalendar withClosure = new BusinessCalendar(ZoneId.of("Europe/Athens"), LocalTime.of(8, 0), LocalTime.of(15, 0),
                Map.of(LocalDate.of(2026, 11, 24), "Company move"));

        assertThat(withClosure.plus(at("2026-11-23T14:00+02:00"), Duration.ofHours(2))).isEqualTo(at("2026-11-25T09:00+02:00"));
        assertThat(withClosure.dayOffReason(LocalDate.of(2026, 11, 24))).isEqualTo("Company move");
    }

    @Test
    void otherWorkingHoursAreHonoured() {
        BusinessCalendar nineToFour = new BusinessCalendar(ZoneId.of("Europe/Athens"), LocalTime.of(9, 0), LocalTime.of(16, 0), Map.of());

        assertThat(nineToFour.plus(at("2026-11-23T15:00+02:00"), Duration.ofHours(2))).isEqualTo(at("2026-11-24T10:00+02:00"));
        assertThat(nineToFour.isWorkingTime(at("2026-11-23T15:30+02:00"))).isTrue();
        assertThat(calendar.isWorkingTime(at("2026-11-23T15:30+02:00"))).isFalse();
    }
}
