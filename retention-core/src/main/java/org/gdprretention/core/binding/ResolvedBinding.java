package org.gdprretention.core.binding;

import java.util.Objects;
import java.util.Optional;

/**
 * The retention type code that applies to a document and where it came from.
 *
 * @param code the retention type code; {@code null} exactly when the source is {@link BindingSource#NONE}
 */
public record ResolvedBinding(String code, BindingSource source) {

    public static final ResolvedBinding NONE = new ResolvedBinding(null, BindingSource.NONE);

    public ResolvedBinding {
        Objects.requireNonNull(source, "source");
        if ((source == BindingSource.NONE) != (code == null)) {
            throw new IllegalArgumentException("a binding has a code exactly when its source is not NONE");
        }
    }

    public boolean isBound() {
        return source != BindingSource.NONE;
    }

    public Optional<String> codeIfBound() {
        return Optional.ofNullable(code);
    }
}
