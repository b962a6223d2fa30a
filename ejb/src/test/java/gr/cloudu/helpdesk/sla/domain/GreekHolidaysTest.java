package gr.cloudu.helpdesk.sla.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GreekHolidaysTest {

    // The published dates (Orthodox Easter, and the holidays that move with it) for 2025-2030.
    @ParameterizedTest
    @CsvSource({
            "2025, 2025-04-20, 2025-03-03, 2025-04-18, 2025-04-21, 2025-06-09",
            "2026, 2026-04-12, 2026-02-23, 2026-04-10, 2026-04-13, 2026-06-01",
            "2027, 2027-05-02, 2027-03-15, 2027-04-30, 2027-05-03, 2027-06-21",
            "2028, 2028-04-16, 2028-02-28, 2028-04-14, 2028-04-17, 2028-06-05",
            "2029, 2029-04-08, 2029-02-19, 2029-04-06, 2029-04-09, 2029-05-28",
            "2030, 2030-04-28, 2030-03-11, 2030-04-26, 2030-04-29, 2030-06-17"})
    void movingHolidaysFollowOrthodoxEaster(int year, LocalDate easter, LocalDate cleanMonday, LocalDate goodFriday,
                                            LocalDate easterMonday, LocalDate whitMonday) {
        assertThat(GreekHolidays.orthodoxEaster(year)).isEqualTo(easter);
        Map<LocalDate, String> days = GreekHolidays.of(year);
        assertThat(days).containsEntry(cleanMonday, "Clean Monday")
                .containsEntry(goodFriday, "Orthodox Good Friday")
                .containsKey(easterMonday)
                .containsEntry(whitMonday, "Whit Monday");
    }

    @ParameterizedTest
    @CsvSource({"2025", "2026", "2027", "2028", "2029", "2030"})
    void fixedHolidaysAreThereEveryYear(int year) {
        assertThat(GreekHolidays.of(year)).containsKeys(
                LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 6), LocalDate.of(year, 3, 25),
                LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 15), LocalDate.of(year, 10, 28),
                LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26));
        assertThat(GreekHolidays.of(year)).hasSize(12);
    }

    @ParameterizedTest
    @CsvSource({"2026-04-11", "2026-04-14", "2026-03-24", "2026-12-24", "2026-11-17"})
    void ordinaryDaysAreNotHolidays(LocalDate day) {
        assertThat(GreekHolidays.isHoliday(day)).isFalse();
    }
}
