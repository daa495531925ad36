package org.gdprretention.share.surf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The module's built resources as files (to list them) and the message keys its scripts and templates use. */
public final class ModuleSources {

    private static final Pattern MSG_CALL = Pattern.compile("\\bmsg(?:\\.get)?\\(\\s*\"([^\"]+)\"");

    private ModuleSources() {
    }

    /** The class-path root the module's resources were built into (target/classes). */
    public static Path root() {
        URL marker = ModuleSources.class.getClassLoader().getResource(ModuleResources.SHARE_CONFIG);
        try {
            return Path.of(marker.toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Path> files(String suffix) {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Literal keys of msg("...") and msg.get("...") calls; a key ending in "." is a prefix completed at run time. */
    public static List<String> messageKeys(String text) {
        Matcher matcher = MSG_CALL.matcher(text);
        List<String> keys = new java.util.ArrayList<>();
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        // keys chosen by a condition: msg(a ? "x" : "y")
        Matcher ternary = Pattern.compile("msg\\([^()?]*\\?\\s*\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"").matcher(text);
        while (ternary.find()) {
            keys.add(ternary.group(1));
            keys.add(ternary.group(2));
        }
        return keys;
    }
}
