package org.gdprretention.benchmark.filesystem;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The yardstick: {@code find <root> -name '*.bin' | sort}, the shell pipeline an administrator would use to list a
 * store in URL order, with its output discarded. Its time includes starting the two processes.
 */
final class FindSortBaseline {

    private FindSortBaseline() {
    }

    static Duration time(Path root) {
        ProcessBuilder pipeline = new ProcessBuilder("sh", "-c", "find \"$1\" -name '*.bin' | sort", "sh",
                root.toString());
        pipeline.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pipeline.redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        try {
            Process process = pipeline.start();
            int exit = process.waitFor();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (exit != 0) {
                throw new IllegalStateException("find | sort exited with " + exit + " on " + root);
            }
            return elapsed;
        } catch (IOException e) {
            throw new IllegalStateException("could not run find | sort (are find and sort installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing find | sort", e);
        }
    }
}
