package org.gdprretention.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.gdprretention.core.InvalidRetentionInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FileStoreLayoutTest {

    private static final Path ROOT = Path.of("/srv/alf_data/contentstore");

    @Test
    void resolvesUrlsWithAndWithoutBucketBelowTheRoot() {
        assertThat(FileStoreLayout.pathOf(ROOT, "store://2024/10/3/0/59/0f3e.bin"))
                .isEqualTo(ROOT.resolve("2024/10/3/0/59/0f3e.bin"));
        assertThat(FileStoreLayout.pathOf(ROOT, "store://2024/10/3/0/59/4/0f3e.bin"))
                .isEqualTo(ROOT.resolve("2024/10/3/0/59/4/0f3e.bin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "s3://2024/10/3/0/59/a.bin",
            "store:/2024/10/3/0/59/a.bin",
            "store://2024/10/3/0/a.bin",
            "store://2024/10/3/0/59/1/2/a.bin",
            "store://2024/../3/0/59/a.bin",
            "store://2024/10/3/0/59/../a.bin",
            "store://2024//3/0/59/a.bin",
            "store:///10/3/0/59/a.bin",
            "store://2024/x/3/0/59/a.bin",
            "store://2024/10/3/0/59/a.txt",
            "store://2024/10/3/0/59/.bin",
            "store://2024/10/3/0/59/.a.bin",
            "store://2024/10/3/0/59/"})
    void refusesEveryUrlOutsideTheLayoutNamingIt(String url) {
        assertThatThrownBy(() -> FileStoreLayout.pathOf(ROOT, url))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid contentUrl '" + url + "'");
    }

    @Test
    void refusesANullUrlAndANullRoot() {
        assertThatThrownBy(() -> FileStoreLayout.pathOf(ROOT, null))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid contentUrl 'null'");
        assertThatThrownBy(() -> FileStoreLayout.pathOf(null, "store://2024/10/3/0/59/a.bin"))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid root 'null'");
    }

    @Test
    void layoutDirectoriesAreShortDecimalNumbers() {
        assertThat(FileStoreLayout.isLayoutDirectoryName("2024")).isTrue();
        assertThat(FileStoreLayout.isLayoutDirectoryName("0")).isTrue();
        assertThat(FileStoreLayout.isLayoutDirectoryName("")).isFalse();
        assertThat(FileStoreLayout.isLayoutDirectoryName("1a")).isFalse();
        assertThat(FileStoreLayout.isLayoutDirectoryName("-1")).isFalse();
        assertThat(FileStoreLayout.isLayoutDirectoryName("1234567890")).isFalse();
    }
}
