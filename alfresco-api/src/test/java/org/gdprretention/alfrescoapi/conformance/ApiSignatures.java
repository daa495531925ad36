package org.gdprretention.alfrescoapi.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The real ACS and Spring Web Scripts API as {@code signatures.tsv} and {@code signatures-supertypes.tsv} describe
 * it: one {@link RealType} per T record with its C, M, F and E records. Both files may list the same record; it is
 * kept once.
 */
public final class ApiSignatures {

    /** A T record. {@code extendsList} and {@code implementsList} keep the generic text as written in the file. */
    public record RealType(String name, String kind, Set<String> modifiers, String typeParams,
            List<String> extendsList, List<String> implementsList) {
    }

    /** A C record. */
    public record RealConstructor(String type, List<String> params, List<String> throwsList, Set<String> modifiers,
            String typeParams) {
    }

    /** An M record. */
    public record RealMethod(String type, Set<String> modifiers, String typeParams, String returnType, String name,
            List<String> params, List<String> throwsList) {
    }

    /** An F record; {@code initializer} is empty when the file gives none. */
    public record RealField(String type, Set<String> modifiers, String fieldType, String name, String initializer) {
    }

    /** An E record. */
    public record RealEnumConstant(String type, String name, int ordinal) {
    }

    private final Map<String, RealType> types = new HashMap<>();
    private final Map<String, List<RealConstructor>> constructors = new HashMap<>();
    private final Map<String, List<RealMethod>> methods = new HashMap<>();
    private final Map<String, Map<String, RealField>> fields = new HashMap<>();
    private final Map<String, Map<String, RealEnumConstant>> enumConstants = new HashMap<>();
    private final Map<String, List<String>> typesBySimpleName = new HashMap<>();

    private ApiSignatures() {
    }

    /** Reads the given files; a line seen in an earlier file is skipped. */
    public static ApiSignatures read(Path... files) {
        ApiSignatures signatures = new ApiSignatures();
        Set<String> seen = new LinkedHashSet<>();
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read API signatures from " + file, e);
            }
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || !seen.add(line)) {
                    continue;
                }
                signatures.add(line, file);
            }
        }
        return signatures;
    }

    private void add(String line, Path file) {
        String[] c = line.split("\t", -1);
        switch (c[0]) {
            case "T" -> {
                RealType type = new RealType(c[1], c[2], words(c[3]), c[4], list(c[5]), list(c[6]));
                types.put(type.name(), type);
                typesBySimpleName.computeIfAbsent(simpleName(type.name()), k -> new ArrayList<>()).add(type.name());
            }
            case "C" -> constructors.computeIfAbsent(c[1], k -> new ArrayList<>())
                    .add(new RealConstructor(c[1], params(c[2]), list(c[3]), words(c[4]), c[5]));
            case "M" -> methods.computeIfAbsent(c[1], k -> new ArrayList<>())
                    .add(new RealMethod(c[1], words(c[2]), c[3], c[4], c[5], params(c[6]), list(c[7])));
            case "F" -> fields.computeIfAbsent(c[1], k -> new HashMap<>())
                    .put(c[4], new RealField(c[1], words(c[2]), c[3], c[4], c[5]));
            case "E" -> enumConstants.computeIfAbsent(c[1], k -> new HashMap<>())
                    .put(c[2], new RealEnumConstant(c[1], c[2], Integer.parseInt(c[3])));
            default -> throw new IllegalStateException("Unknown record kind '" + c[0] + "' in " + file + ": " + line);
        }
    }

    public Optional<RealType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public List<RealConstructor> constructors(String type) {
        return constructors.getOrDefault(type, List.of());
    }

    public List<RealMethod> methods(String type) {
        return methods.getOrDefault(type, List.of());
    }

    public Optional<RealField> field(String type, String name) {
        return Optional.ofNullable(fields.getOrDefault(type, Map.of()).get(name));
    }

    public Optional<RealEnumConstant> enumConstant(String type, String name) {
        return Optional.ofNullable(enumConstants.getOrDefault(type, Map.of()).get(name));
    }

    /** Every real type whose simple name is {@code simpleName}, e.g. all {@code Status} types. */
    public Collection<String> typesNamed(String simpleName) {
        return Collections.unmodifiableList(typesBySimpleName.getOrDefault(simpleName, List.of()));
    }

    public int typeCount() {
        return types.size();
    }

    static String simpleName(String typeName) {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }

    private static Set<String> words(String text) {
        return text.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(text.trim().split(" ")));
    }

    /** A ", "-separated list of types, split only outside generic brackets. */
    static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        if (text.isBlank()) {
            return items;
        }
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch == '<') {
                depth++;
            } else if (ch == '>') {
                depth--;
            }
            if (ch == ',' && depth == 0) {
                items.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        items.add(current.toString().trim());
        return items;
    }

    private static List<String> params(String text) {
        String inner = text.trim();
        if (!inner.startsWith("(") || !inner.endsWith(")")) {
            throw new IllegalStateException("Parameter list not in parentheses: " + text);
        }
        return list(inner.substring(1, inner.length() - 1));
    }
}
