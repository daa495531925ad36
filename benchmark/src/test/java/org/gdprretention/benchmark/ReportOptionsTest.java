package org.gdprretention.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gdprretention.benchmark.ReportOptions.Part;
import org.gdprretention.core.InvalidRetentionInputException;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {

    @Test
    void noArgumentsRunTheFullReport() {
        ReportOptions options = ReportOptions.parse();

        assertThat(options.parts()).containsExactlyInAnyOrder(Part.EXPIRY, Part.ORPHANS, Part.FILESYSTEM, Part.CONSENT,
                Part.OVERVIEW);
        assertThat(options.quick()).isFalse();
        assertThat(options.verbose()).isFalse();
        assertThat(options.help()).isFalse();
    }

    @Test
    void aNamedPartRunsAloneAndFlagsAreRead() {
        ReportOptions options = ReportOptions.parse("orphans", "--QUICK", "--verbose");

        assertThat(options.runs(Part.ORPHANS)).isTrue();
        assertThat(options.runs(Part.EXPIRY)).isFalse();
        assertThat(options.quick()).isTrue();
        assertThat(options.verbose()).isTrue();
    }

    @Test
    void theFilesystemPartRunsAlone() {
        ReportOptions options = ReportOptions.parse("filesystem");

        assertThat(options.parts()).containsExactly(Part.FILESYSTEM);
    }

    @Test
    void helpIsRecognised() {
        assertThat(ReportOptions.parse("-h").help()).isTrue();
        assertThat(ReportOptions.USAGE).contains("benchmarks.jar", "--quick");
    }

    @Test
    void anUnknownArgumentIsRefusedNamingIt() {
        assertThatThrownBy(() -> ReportOptions.parse("expiry", "--fast"))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid argument '--fast': expected expiry, orphans, filesystem, consent, overview, --quick, --verbose, --repeat N or --help");
    }

    @Test
    void repeatTakesTheNumberOfRunsAndDefaultsToOne() {
        assertThat(ReportOptions.parse("expiry").repeat()).isEqualTo(1);
        assertThat(ReportOptions.parse("expiry", "--repeat", "3").repeat()).isEqualTo(3);
    }

    @Test
    void aMissingOrImpossibleRepeatCountIsRefused() {
        assertThatThrownBy(() -> ReportOptions.parse("--repeat")).isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("--repeat");
        assertThatThrownBy(() -> ReportOptions.parse("--repeat", "x")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> ReportOptions.parse("--repeat", "0")).hasMessageContaining("between 1 and 100");
    }
}
