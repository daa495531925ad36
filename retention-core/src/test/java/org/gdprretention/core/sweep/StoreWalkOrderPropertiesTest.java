package org.gdprretention.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sorting each directory's names and descending depth first yields exactly the order of sorting all content URLs
 * as strings, over generated real trees whose numbered directories differ in length ("10" &lt; "2", "202" &lt;
 * "2024"), with and without a bucket level, and with file names that extend a sibling directory's name ("7.bin"
 * beside "7/").
 */
class StoreWalkOrderPropertiesTest {

    private static final Instant OLD = Instant.parse("2024-01-01T00:00:00Z");

    /**
     * Every path an example may pick: few names per level, so that in one minute directory bucket directories
     * meet files whose names extend theirs ("7/" beside "7.bin" and "7-a.bin", "10/" beside "10.bin").
     */
    private static final List<String> CANDIDATES = candidates();

    @TempDir
    Path scratch;

    private int example;

    @Test
    void walkOrderEqualsStringOrderOfAllUrls() {
        qt().withExamples(150)
                .forAll(lists().of(integers().between(0, CANDIDATES.size() - 1)).ofSizeBetween(0, 40))
                .checkAssert(picks -> {
                    Path root = scratch.resolve("tree" + example++);
                    StoreTree tree = new StoreTree(root);
                    tree.directory("");
                    TreeSet<String> expected = new TreeSet<>();
                    for (int pick : picks) {
                        String relative = CANDIDATES.get(pick);
                        tree.file(relative, pick % 5, OLD);
                        expected.add(FileStoreLayout.STORE_PROTOCOL + relative);
                    }

                    List<String> walked = new ArrayList<>();
                    new FileContentStoreWalker(root).walk()
                            .forEachRemaining(binary -> walked.add(binary.contentUrl()));

                    assertThat(walked).containsExactlyElementsOf(expected);
                    delete(root);
                });
    }

    private static List<String> candidates() {
        List<String> paths = new ArrayList<>();
        for (String year : List.of("2024", "202")) {
            for (String month : List.of("1", "10", "2")) {
                for (String minute : List.of("7", "70")) {
                    String minuteDirectory = year + "/" + month + "/7/7/" + minute + "/";
                    for (String file : List.of("7.bin", "7-a.bin", "70.bin", "0.bin", "a1.bin", "10.bin")) {
                        paths.add(minuteDirectory + file);
                    }
                    for (String bucket : List.of("7", "10", "0")) {
                        paths.add(minuteDirectory + bucket + "/0.bin");
                        paths.add(minuteDirectory + bucket + "/7.bin");
                    }
                }
            }
        }
        return List.copyOf(paths);
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
