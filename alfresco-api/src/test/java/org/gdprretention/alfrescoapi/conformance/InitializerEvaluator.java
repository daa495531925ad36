package org.gdprretention.alfrescoapi.conformance;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.gdprretention.alfrescoapi.conformance.ApiSignatures.RealField;
import org.gdprretention.alfrescoapi.conformance.ApiSignatures.RealType;

/**
 * Computes the value of a real field's initializer as {@code signatures.tsv} records it: literals, string
 * concatenation, unary minus, parentheses, names of other constants (resolved through the file's F records, or by
 * reflection for the few JDK and servlet constants ACS refers to) and {@code QName.createQName(uri, local)}, whose
 * value is a {@link QNameValue}.
 */
public final class InitializerEvaluator {

    /** The value of a {@code QName.createQName(...)} initializer. */
    public record QNameValue(String namespaceUri, String localName) {
        @Override
        public String toString() {
            return "{" + namespaceUri + "}" + localName;
        }
    }

    /** Thrown when an initializer uses something this evaluator does not understand. */
    public static final class NotEvaluableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotEvaluableException(String message) {
            super(message);
        }
    }

    /** Packages tried, in order, for a simple class name that is not an ACS or Surf type. */
    private static final List<String> THIRD_PARTY_PACKAGES = List.of("java.lang.", "jakarta.servlet.http.",
            "jakarta.servlet.");

    private final ApiSignatures signatures;
    private final Deque<String> evaluating = new ArrayDeque<>();

    public InitializerEvaluator(ApiSignatures signatures) {
        this.signatures = signatures;
    }

    /** The value of field {@code fieldName} of real type {@code typeName}, or empty when it has no initializer. */
    public Optional<Object> valueOf(String typeName, String fieldName) {
        return signatures.field(typeName, fieldName)
                .filter(field -> !field.initializer().isBlank())
                .map(field -> evaluate(field.initializer(), typeName));
    }

    /** Evaluates {@code expression} as written in {@code contextType}. */
    public Object evaluate(String expression, String contextType) {
        String key = contextType + ":" + expression;
        if (evaluating.contains(key)) {
            throw new NotEvaluableException("circular initializer " + expression + " in " + contextType);
        }
        evaluating.push(key);
        try {
            Parser parser = new Parser(expression, contextType);
            Object value = parser.expression();
            parser.expectEnd();
            return value;
        } finally {
            evaluating.pop();
        }
    }

    private Object resolveName(String name, String contextType) {
        int lastDot = name.lastIndexOf('.');
        if (lastDot == -1) {
            return fieldInHierarchy(contextType, name)
                    .orElseThrow(() -> new NotEvaluableException("unknown name " + name + " in " + contextType));
        }
        String qualifier = name.substring(0, lastDot);
        String fieldName = name.substring(lastDot + 1);
        Optional<String> realType = resolveType(qualifier, contextType);
        if (realType.isPresent()) {
            return fieldInHierarchy(realType.get(), fieldName).orElseThrow(
                    () -> new NotEvaluableException("unknown field " + fieldName + " of " + realType.get()));
        }
        return reflectiveConstant(qualifier, fieldName);
    }

    private Optional<Object> fieldInHierarchy(String typeName, String fieldName) {
        Optional<RealField> field = signatures.field(typeName, fieldName);
        if (field.isPresent()) {
            if (field.get().initializer().isBlank()) {
                throw new NotEvaluableException(typeName + "." + fieldName + " has no recorded initializer");
            }
            return Optional.of(evaluate(field.get().initializer(), typeName));
        }
        Optional<RealType> type = signatures.type(typeName);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        List<String> supertypes = new ArrayList<>(type.get().extendsList());
        supertypes.addAll(type.get().implementsList());
        for (String supertype : supertypes) {
            Optional<Object> inherited = fieldInHierarchy(TypeErasure.erase(supertype, List.of()), fieldName);
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        int enclosing = typeName.lastIndexOf('.');
        if (enclosing != -1 && signatures.type(typeName.substring(0, enclosing)).isPresent()) {
            return fieldInHierarchy(typeName.substring(0, enclosing), fieldName);
        }
        return Optional.empty();
    }

    /** A type named in source: a nested type of the context, a type of the same package, or a unique match. */
    private Optional<String> resolveType(String written, String contextType) {
        if (signatures.type(written).isPresent()) {
            return Optional.of(written);
        }
        for (String scope = contextType; scope != null; scope = enclosingOrNull(scope)) {
            if (signatures.type(scope + "." + written).isPresent()) {
                return Optional.of(scope + "." + written);
            }
        }
        String contextPackage = packageOf(contextType);
        String firstSegment = written.split("\\.")[0];
        List<String> candidates = new ArrayList<>(signatures.typesNamed(firstSegment));
        Optional<String> samePackage = candidates.stream().filter(c -> packageOf(c).equals(contextPackage)).findFirst();
        String base = samePackage.orElse(candidates.size() == 1 ? candidates.get(0) : null);
        if (base == null) {
            return Optional.empty();
        }
        String full = base + written.substring(firstSegment.length());
        return signatures.type(full).isPresent() ? Optional.of(full) : Optional.empty();
    }

    private String enclosingOrNull(String typeName) {
        int dot = typeName.lastIndexOf('.');
        if (dot == -1) {
            return null;
        }
        String enclosing = typeName.substring(0, dot);
        return signatures.type(enclosing).isPresent() ? enclosing : null;
    }

    private String packageOf(String typeName) {
        String scope = typeName;
        while (enclosingOrNull(scope) != null) {
            scope = enclosingOrNull(scope);
        }
        int dot = scope.lastIndexOf('.');
        return dot == -1 ? "" : scope.substring(0, dot);
    }

    private static Object reflectiveConstant(String className, String fieldName) {
        for (String candidatePackage : THIRD_PARTY_PACKAGES) {
            Class<?> type;
            try {
                type = Class.forName(candidatePackage + className);
            } catch (ClassNotFoundException e) {
                continue;
            }
            try {
                Field field = type.getField(fieldName);
                if (Modifier.isStatic(field.getModifiers())) {
                    return field.get(null);
                }
            } catch (ReflectiveOperationException e) {
                throw new NotEvaluableException("cannot read " + type.getName() + "." + fieldName + ": " + e);
            }
        }
        throw new NotEvaluableException("unknown type " + className);
    }

    /** A recursive-descent parser that evaluates as it goes. */
    private final class Parser {
        private final String text;
        private final String contextType;
        private int pos;

        Parser(String text, String contextType) {
            this.text = text;
            this.contextType = contextType;
        }

        Object expression() {
            Object value = unary();
            while (true) {
                skipSpaces();
                if (peek('+')) {
                    pos++;
                    value = plus(value, unary());
                } else if (peek('-')) {
                    pos++;
                    value = minus(value, unary());
                } else {
                    return value;
                }
            }
        }

        Object unary() {
            skipSpaces();
            if (peek('-')) {
                pos++;
                return negate(unary());
            }
            if (peek('(')) {
                pos++;
                Object value = expression();
                expect(')');
                return value;
            }
            if (peek('"')) {
                return stringLiteral();
            }
            if (peek('\'')) {
                return charLiteral();
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                return number();
            }
            String name = name();
            skipSpaces();
            if (peek('(')) {
                return call(name);
            }
            if (name.equals("true") || name.equals("false")) {
                return Boolean.valueOf(name);
            }
            return resolveName(name, contextType);
        }

        private Object call(String name) {
            if (!name.equals("QName.createQName")) {
                throw new NotEvaluableException("unsupported call " + name + " in " + text);
            }
            pos++;
            List<Object> args = new ArrayList<>();
            skipSpaces();
            while (!peek(')')) {
                args.add(expression());
                skipSpaces();
                if (peek(',')) {
                    pos++;
                }
                skipSpaces();
            }
            pos++;
            if (args.size() == 2) {
                return new QNameValue(String.valueOf(args.get(0)), String.valueOf(args.get(1)));
            }
            if (args.size() == 1 && String.valueOf(args.get(0)).startsWith("{")) {
                String qname = String.valueOf(args.get(0));
                int end = qname.indexOf('}');
                return new QNameValue(qname.substring(1, end), qname.substring(end + 1));
            }
            throw new NotEvaluableException("unsupported createQName arguments in " + text);
        }

        private String name() {
            int start = pos;
            while (pos < text.length()
                    && (Character.isJavaIdentifierPart(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            if (start == pos) {
                throw new NotEvaluableException("unexpected '" + text.substring(pos) + "' in " + text);
            }
            return text.substring(start, pos);
        }

        private String stringLiteral() {
            pos++;
            StringBuilder value = new StringBuilder();
            while (text.charAt(pos) != '"') {
                value.append(nextChar());
            }
            pos++;
            return value.toString();
        }

        private Character charLiteral() {
            pos++;
            char value = nextChar();
            expect('\'');
            return value;
        }

        private char nextChar() {
            char ch = text.charAt(pos++);
            if (ch != '\\') {
                return ch;
            }
            char escaped = text.charAt(pos++);
            switch (escaped) {
                case 'n':
                    return '\n';
                case 't':
                    return '\t';
                case 'r':
                    return '\r';
                case 'u':
                    char unicode = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
                    pos += 4;
                    return unicode;
                default:
                    return escaped;
            }
        }

        private Object number() {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                    || text.charAt(pos) == '_')) {
                pos++;
            }
            String literal = text.substring(start, pos).replace("_", "");
            String lower = literal.toLowerCase();
            if (lower.startsWith("0x")) {
                return lower.endsWith("l") ? (Object) Long.parseLong(lower.substring(2, lower.length() - 1), 16)
                        : (Object) Integer.parseInt(lower.substring(2), 16);
            }
            if (lower.endsWith("l")) {
                return Long.parseLong(lower.substring(0, lower.length() - 1));
            }
            if (lower.endsWith("f")) {
                return Float.parseFloat(lower);
            }
            if (lower.endsWith("d") || lower.contains(".") || lower.contains("e")) {
                return Double.parseDouble(lower);
            }
            return Integer.parseInt(lower);
        }

        private Object plus(Object left, Object right) {
            if (left instanceof String || right instanceof String) {
                return String.valueOf(left) + right;
            }
            return arithmetic(left, right, true);
        }

        private Object minus(Object left, Object right) {
            return arithmetic(left, right, false);
        }

        private Object arithmetic(Object left, Object right, boolean add) {
            Number l = numeric(left);
            Number r = numeric(right);
            if (l instanceof Double || r instanceof Double || l instanceof Float || r instanceof Float) {
                return add ? l.doubleValue() + r.doubleValue() : l.doubleValue() - r.doubleValue();
            }
            if (l instanceof Long || r instanceof Long) {
                return add ? l.longValue() + r.longValue() : l.longValue() - r.longValue();
            }
            return add ? l.intValue() + r.intValue() : l.intValue() - r.intValue();
        }

        private Object negate(Object value) {
            Number number = numeric(value);
            if (number instanceof Double || number instanceof Float) {
                return -number.doubleValue();
            }
            return number instanceof Long ? (Object) (-number.longValue()) : (Object) (-number.intValue());
        }

        private Number numeric(Object value) {
            if (value instanceof Character) {
                return (int) (Character) value;
            }
            if (value instanceof Number) {
                return (Number) value;
            }
            throw new NotEvaluableException("not a number: " + value + " in " + text);
        }

        private void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }

        private boolean peek(char ch) {
            return pos < text.length() && text.charAt(pos) == ch;
        }

        private void expect(char ch) {
            skipSpaces();
            if (!peek(ch)) {
                throw new NotEvaluableException("expected '" + ch + "' at " + pos + " in " + text);
            }
            pos++;
        }

        void expectEnd() {
            skipSpaces();
            if (pos != text.length()) {
                throw new NotEvaluableException("unexpected '" + text.substring(pos) + "' in " + text);
            }
        }
    }
}
