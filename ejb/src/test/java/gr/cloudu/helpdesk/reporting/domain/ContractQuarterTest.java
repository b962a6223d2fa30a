package gr.cloudu.helpdesk.reporting.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractQuarterTest {

    @Test
    void aContractSignedMidFebruaryHasItsQuartersFromTheFifteenth() {
        LocalDate signed = LocalDate.of(2026, 2, 15);
        assertThat(ContractQuarter.of(signed, 1)).isEqualTo(new ContractQuarter(1, LocalDate.of(2026, 2, 15), LocalDate.of(2026, 5, 14)));
        assertThat(ContractQuarter.of(signed, 2)).isEqualTo(new ContractQuarter(2, LocalDate.of(2026, 5, 15), LocalDate.of(2026, 8, 14)));
        assertThat(ContractQuarter.of(signed, 4)).isEqualTo(new ContractQuarter(4, LocalDate.of(2026, 11, 15), LocalDate.of(2027, 2, 14)));
    }

    @Test
    void theEndOfAMonthKeepsItsDayWhereTheMonthHasOneAndNoDayIsLostOrCountedTwice() {
        LocalDate signed = LocalDate.of(2026, 1, 31);
        assertThat(ContractQuarter.of(signed, 1)).isEqualTo(new ContractQuarter(1, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 29)));
        assertThat(ContractQuarter.of(signed, 2)).isEqualTo(new ContractQuarter(2, LocalDate.of(2026, 4, 30), LocalDate.of(2026, 7, 30)));
        assertThat(ContractQuarter.of(signed, 3)).isEqualTo(new ContractQuarter(3, LocalDate.of(2026, 7, 31), LocalDate.of(2026, 10, 30)));
        for (int n = 1; n < 40; n++) {
            assertThat(ContractQuarter.of(signed, n + 1).from()).isEqualTo(ContractQuarter.of(signed, n).to().plusDays(1));
        }
        LocalDate leap = LocalDate.of(2024, 2, 29);
        assertThat(ContractQuarter.of(leap, 1).to()).isEqualTo(LocalDate.of(2024, 5, 28));
        assertThat(ContractQuarter.of(leap, 5).from()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aQuarterHasEndedOnlyAfterItsLastDay() {
        LocalDate signed = LocalDate.of(2026, 2, 15);
        assertThat(ContractQuarter.endedBy(signed, LocalDate.of(2026, 5, 14))).isEmpty();
        assertThat(ContractQuarter.endedBy(signed, LocalDate.of(2026, 5, 15))).extracting(ContractQuarter::number).containsExactly(1);
        assertThat(ContractQuarter.endedBy(signed, LocalDate.of(2026, 11, 26))).extracting(ContractQuarter::number).containsExactly(1, 2, 3);
        assertThat(ContractQuarter.endedBy(signed, LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(ContractQuarter.containing(signed, LocalDate.of(2026, 8, 14)).number()).isEqualTo(2);
        assertThat(ContractQuarter.containing(signed, LocalDate.of(2026, 8, 15)).number()).isEqualTo(3);
    }

    @Test
    void itsBoundariesAreMidnightInAthensAcrossSummerTime() {
        ContractQuarter q = ContractQuarter.of(LocalDate.of(2026, 2, 15), 1);
        assertThat(q.start()).isEqualTo(ZonedDateTime.parse("2026-02-15T00:00+02:00[Europe/Athens]").toInstant());
        assertThat(q.end()).isEqualTo(ZonedDateTime.parse("2026-05-15T00:00+03:00[Europe/Athens]").toInstant());
        assertThat(q.monthStarts()).containsExactly(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 15));
    }

    @Test
    void quartersAreNumberedFromOne() {
        assertThatThrownBy(() -> ContractQuarter.of(LocalDate.of(2026, 2, 15), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
