package org.gdprretention.core.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gdprretention.core.InvalidRetentionInputException;

/** An immutable set of retention types with unique codes. Changes return a new catalogue. */
public final class RetentionCatalogue {

    private static final RetentionCatalogue EMPTY = new RetentionCatalogue(new TreeMap<>());

    private final SortedMap<String, RetentionType> typesByCode;

    private RetentionCatalogue(SortedMap<String, RetentionType> typesByCode) {
        this.typesByCode = Collections.unmodifiableSortedMap(typesByCode);
    }

    public static RetentionCatalogue empty() {
        return EMPTY;
    }

    /** A catalogue of these types; two types with the same code are refused. */
    public static RetentionCatalogue of(Collection<RetentionType> types) {
        Objects.requireNonNull(types, "types");
        SortedMap<String, RetentionType> byCode = new TreeMap<>();
        for (RetentionType type : types) {
            addUnique(byCode, Objects.requireNonNull(type, "type"));
        }
        return new RetentionCatalogue(byCode);
    }

    /** This catalogue plus one type, whose code must not be in use yet. */
    public RetentionCatalogue with(RetentionType type) {
        SortedMap<String, RetentionType> byCode = new TreeMap<>(typesByCode);
        addUnique(byCode, Objects.requireNonNull(type, "type"));
        return new RetentionCatalogue(byCode);
    }

    /** This catalogue with the type of the same code replaced (or added when the code is new). */
    public RetentionCatalogue withReplaced(RetentionType type) {
        SortedMap<String, RetentionType> byCode = new TreeMap<>(typesByCode);
        byCode.put(Objects.requireNonNull(type, "type").code(), type);
        return new RetentionCatalogue(byCode);
    }

    public Optional<RetentionType> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(typesByCode.get(code.trim()));
    }

    /** The type with this code; an unknown code is refused as a bad {@code retentionType}. */
    public RetentionType require(String code) {
        return find(code).orElseThrow(() ->
                new InvalidRetentionInputException("retentionType", code, "is not a retention type in the catalogue"));
    }

    /** Every type, sorted by code. */
    public List<RetentionType> all() {
        return Collections.unmodifiableList(new ArrayList<>(typesByCode.values()));
    }

    public int size() {
        return typesByCode.size();
    }

    private static void addUnique(SortedMap<String, RetentionType> byCode, RetentionType type) {
        if (byCode.putIfAbsent(type.code(), type) != null) {
            throw new InvalidRetentionInputException("code", type.code(), "duplicate code: the catalogue already has it");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RetentionCatalogue that && typesByCode.equals(that.typesByCode);
    }

    @Override
    public int hashCode() {
        return typesByCode.hashCode();
    }

    @Override
    public String toString() {
        return "RetentionCatalogue" + typesByCode.keySet();
    }
}
