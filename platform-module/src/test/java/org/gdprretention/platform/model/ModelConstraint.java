package org.gdprretention.platform.model;

import java.util.List;
import java.util.Map;

/**
 * A named model-level constraint.
 *
 * @param type       LIST, REGEX, MINMAX, LENGTH, ...
 * @param parameters every parameter's values: one for {@code <value>}, all of them for {@code <list>}
 */
public record ModelConstraint(String name, String type, Map<String, List<String>> parameters) {

    public ModelConstraint {
        parameters = Map.copyOf(parameters);
    }

    /** The single value of a parameter, or null when the parameter is absent. */
    public String parameter(String parameterName) {
        List<String> values = parameters.get(parameterName);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The allowed values of a LIST constraint, in declared order. */
    public List<String> allowedValues() {
        return parameters.getOrDefault("allowedValues", List.of());
    }
}
