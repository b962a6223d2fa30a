package gr.cloudu.helpdesk.ticket.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilingNumberTest {

    @Test
    void isTheYearAndASixDigitSerial() {
        assertThat(FilingNumber.of(2026, 123).value()).isEqualTo("CU-2026-000123");
    }

    @Test
    void growsBeyondSixDigitsRatherThanWrapping() {
        assertThat(FilingNumber.of(2031, 1_234_567).value()).isEqualTo("CU-2031-1234567");
    }

    @Test
    void readsWhatACustomerTypesInAnyCase() {
        assertThat(FilingNumber.parse(" cu-2026-000123 ")).isEqualTo(FilingNumber.of(2026, 123));
    }

    @Test
    void somethingElseIsNoTicketOfOurs() {
        assertThatThrownBy(() -> FilingNumber.parse("TICKET-5"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
    }
}
