package io.wirestream.enrichment.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateMarkerTest {

    @Test
    void shouldReadTheLeadingMarkerAsPublicationDateAndRemoveIt() {
        DateMarker.Stripped s = DateMarker.strip("date 2025-02-15\nOn Friday the minister said...");
        assertThat(s.date()).contains(LocalDate.of(2025, 2, 15));
        assertThat(s.text()).isEqualTo("On Friday the minister said...");
    }

    @Test
    void shouldLeaveTextWithoutAValidMarkerUntouched() {
        assertThat(DateMarker.strip("date 9999-99-99 text").date()).isEmpty();
        assertThat(DateMarker.strip("date 9999-99-99 text").text()).isEqualTo("date 9999-99-99 text");
        assertThat(DateMarker.strip("Update 2025-02-15: markets").date()).isEmpty();
        assertThat(DateMarker.strip("date 2025-02-15x").date()).isEmpty();
        assertThat(DateMarker.strip("").text()).isEmpty();
    }
}
