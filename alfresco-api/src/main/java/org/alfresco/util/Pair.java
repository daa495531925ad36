package org.alfresco.util;

import java.io.Serializable;
import java.util.Objects;

/** A mutable pair. A real value class: ACS returns it from several services and tests build it. */
public final class Pair<F, S> implements Serializable {

    private static final long serialVersionUID = 1L;

    private F first;
    private S second;

    public Pair(F first, S second) {
        this.first = first;
        this.second = second;
    }

    public final F getFirst() {
        return first;
    }

    public final S getSecond() {
        return second;
    }

    public final void setFirst(F first) {
        this.first = first;
    }

    public final void setSecond(S second) {
        this.second = second;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Pair)) {
            return false;
        }
        Pair<?, ?> that = (Pair<?, ?>) other;
        return Objects.equals(first, that.first) && Objects.equals(second, that.second);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, second);
    }

    @Override
    public String toString() {
        return "(" + first + ", " + second + ")";
    }
}
