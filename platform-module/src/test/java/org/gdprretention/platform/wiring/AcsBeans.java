package org.gdprretention.platform.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gdprretention.platform.model.SharedReference;

/** The beans and aliases real ACS 26.3 defines, from {@code <shared>/alfresco-api/beans.tsv}. */
final class AcsBeans {

    /** One {@code B} record: the properties are the ones the real definition sets. */
    record AcsBean(String id, String className, String parent, boolean isAbstract, List<String> properties) {
    }

    private final Map<String, AcsBean> beans = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();

    static AcsBeans load() {
        return load(SharedReference.alfrescoApiFile("beans.tsv"));
    }

    static AcsBeans load(Path file) {
        AcsBeans result = new AcsBeans();
        try (Stream<String> lines = Files.lines(file)) {
            lines.map(line -> line.split("\t", -1)).forEach(fields -> {
                if (fields[0].equals("B")) {
                    List<String> properties = fields[6].isBlank() ? List.of() : Arrays.asList(fields[6].split(","));
                    result.beans.putIfAbsent(fields[1], new AcsBean(fields[1], blankToNull(fields[2]),
                            blankToNull(fields[3]), Boolean.parseBoolean(fields[4]), properties));
                } else if (fields[0].equals("A")) {
                    result.aliases.putIfAbsent(fields[1], fields[2]);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** Whether ACS defines {@code id} as a bean or an alias. */
    boolean defines(String id) {
        return beans.containsKey(id) || aliases.containsKey(id);
    }

    /** The bean {@code id} names, through an alias if it is one. */
    Optional<AcsBean> bean(String id) {
        return Optional.ofNullable(beans.get(aliases.getOrDefault(id, id)));
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
