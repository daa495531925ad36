package org.gdprretention.alfrescoapi.conformance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Erases a type as {@code signatures.tsv} writes it to the name the JVM sees: generic arguments go, a type
 * variable becomes the erasure of its first bound (or {@code java.lang.Object}), arrays stay and a varargs
 * {@code X...} becomes {@code X[]}.
 */
public final class TypeErasure {

    private TypeErasure() {
    }

    /**
     * @param typeText type as written in the file
     * @param typeParamScopes type-parameter declarations in scope, innermost first: the method's, then the
     *        declaring type's, then those of its enclosing types, each as written, e.g.
     *        {@code <K extends java.io.Serializable,V>}
     */
    public static String erase(String typeText, List<String> typeParamScopes) {
        String text = typeText.trim();
        if (text.endsWith("...")) {
            return erase(text.substring(0, text.length() - 3), typeParamScopes) + "[]";
        }
        StringBuilder dimensions = new StringBuilder();
        while (text.endsWith("[]")) {
            dimensions.append("[]");
            text = text.substring(0, text.length() - 2).trim();
        }
        String raw = stripTypeArguments(text);
        for (int scope = 0; scope < typeParamScopes.size(); scope++) {
            Map<String, String> variables = typeVariables(typeParamScopes.get(scope));
            if (variables.containsKey(raw)) {
                String bound = variables.get(raw);
                // a bound may name another variable of the same declaration, e.g. <K, V extends K>
                String erased = bound == null ? "java.lang.Object" : erase(bound, typeParamScopes);
                return erased + dimensions;
            }
        }
        return raw + dimensions;
    }

    /** Variable name to its first bound as written (null when unbounded), e.g. {@code K -> java.io.Serializable}. */
    static Map<String, String> typeVariables(String typeParams) {
        Map<String, String> variables = new HashMap<>();
        if (typeParams == null || typeParams.isBlank()) {
            return variables;
        }
        String inner = typeParams.trim();
        if (inner.startsWith("<") && inner.endsWith(">")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        for (String declaration : ApiSignatures.list(inner)) {
            int extendsAt = declaration.indexOf(" extends ");
            if (extendsAt == -1) {
                variables.put(declaration.trim(), null);
            } else {
                String firstBound = declaration.substring(extendsAt + " extends ".length()).split(" & ")[0];
                variables.put(declaration.substring(0, extendsAt).trim(), firstBound.trim());
            }
        }
        return variables;
    }

    private static String stripTypeArguments(String text) {
        StringBuilder raw = new StringBuilder();
        int depth = 0;
        for (char ch : text.toCharArray()) {
            if (ch == '<') {
                depth++;
            } else if (ch == '>') {
                depth--;
            } else if (depth == 0) {
                raw.append(ch);
            }
        }
        return raw.toString().trim();
    }
}
