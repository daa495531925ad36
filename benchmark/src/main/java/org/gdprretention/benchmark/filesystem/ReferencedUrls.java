package org.gdprretention.benchmark.filesystem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The referenced side of the merge, streamed line by line from disk as a database cursor would stream it: one URL
 * in memory at a time, whatever the length of the list.
 */
final class ReferencedUrls implements Iterator<String>, AutoCloseable {

    private final BufferedReader reader;
    private String next;

    ReferencedUrls(Path list) {
        try {
            this.reader = Files.newBufferedReader(list, StandardCharsets.UTF_8);
            this.next = reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public String next() {
        if (next == null) {
            throw new NoSuchElementException("no more referenced URLs");
        }
        String current = next;
        try {
            next = reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return current;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
