package org.gdprretention.alfrescoapi.conformance;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gdprretention.alfrescoapi.conformance.ApiSignatures.RealConstructor;
import org.gdprretention.alfrescoapi.conformance.ApiSignatures.RealEnumConstant;
import org.gdprretention.alfrescoapi.conformance.ApiSignatures.RealField;
import org.gdprretention.alfrescoapi.conformance.ApiSignatures.RealMethod;
import org.gdprretention.alfrescoapi.conformance.ApiSignatures.RealType;
import org.gdprretention.alfrescoapi.conformance.InitializerEvaluator.NotEvaluableException;
import org.gdprretention.alfrescoapi.conformance.InitializerEvaluator.QNameValue;
import org.gdprretention.alfrescoapi.reference.AcsReferenceData;

/**
 * Compares compiled classes with the real ACS 26.3 / Spring Web Scripts 10.2 API in {@code signatures.tsv} and
 * lists every difference, so that code compiled against the compile-only API also links against ACS.
 *
 * <p>For each public or protected type, constructor, method and field the real type must have a counterpart with
 * the same kind, visibility, {@code static}/{@code abstract}/{@code final}/{@code default}, erased parameter and
 * return types and field type; the superclass must be the real one and the interfaces a subset of the real ones;
 * declared exceptions must be among the real ones; enum constants must exist with the same ordinal; and constants
 * must have the real value: String and primitive constants equal to the evaluated initializer, QName constants
 * with the real namespace URI and local name. Compiler-generated members are ignored.
 */
public final class ApiConformanceChecker {

    private static final Set<String> KINDS_WITHOUT_SUPERCLASS = Set.of("interface", "annotation");

    private final ApiSignatures signatures;
    private final InitializerEvaluator evaluator;

    public ApiConformanceChecker(ApiSignatures signatures) {
        this.signatures = signatures;
        this.evaluator = new InitializerEvaluator(signatures);
    }

    /** Reads both signature files from the project's own copy of the ACS reference data. */
    public static ApiConformanceChecker fromReferenceData() {
        return new ApiConformanceChecker(ApiSignatures.read(AcsReferenceData.file("signatures.tsv"),
                AcsReferenceData.file("signatures-supertypes.tsv")));
    }

    public ApiSignatures signatures() {
        return signatures;
    }

    /** Checks each class against the real type of the same canonical name. */
    public List<String> checkAll(Collection<Class<?>> classes) {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : classes) {
            problems.addAll(check(type, type.getCanonicalName()));
        }
        return problems;
    }

    /**
     * Checks {@code ours} against the real type {@code realName}; an empty list means it conforms. Where a
     * signature mentions {@code ours} itself (an enum's {@code values()}, a copy constructor), it stands for the
     * real type, so that a class can be checked against a real type of another name.
     */
    public List<String> check(Class<?> ours, String realName) {
        return new SingleCheck(ours, realName).run();
    }

    /** One class checked against one real type. */
    private final class SingleCheck {
        private final Class<?> ours;
        private final String realName;
        private final List<String> problems = new ArrayList<>();
        private List<String> typeScopes;

        SingleCheck(Class<?> ours, String realName) {
            this.ours = ours;
            this.realName = realName;
        }

        List<String> run() {
            Optional<RealType> real = signatures.type(realName);
            if (real.isEmpty()) {
                problems.add("type " + realName + ": not in the real API");
                return problems;
            }
            typeScopes = typeParamScopes(realName);
            checkType(real.get());
            for (Constructor<?> constructor : ours.getDeclaredConstructors()) {
                if (isApi(constructor.getModifiers()) && !constructor.isSynthetic()) {
                    checkConstructor(constructor);
                }
            }
            for (Method method : ours.getDeclaredMethods()) {
                if (isApi(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                    checkMethod(method);
                }
            }
            for (Field field : ours.getDeclaredFields()) {
                if (isApi(field.getModifiers()) && !field.isSynthetic()) {
                    checkField(field);
                }
            }
            return problems;
        }

        private void checkType(RealType real) {
            String where = "type " + realName;
            String ourKind = kindOf(ours);
            if (!ourKind.equals(real.kind())) {
                problems.add(where + ": is " + withArticle(ourKind) + " but the real type is "
                        + withArticle(real.kind()));
            }
            int modifiers = ours.getModifiers();
            compareVisibility(where, modifiers, real.modifiers());
            if ("class".equals(real.kind())) {
                compareFlag(where, "abstract", Modifier.isAbstract(modifiers), real.modifiers());
                compareFlag(where, "final", Modifier.isFinal(modifiers), real.modifiers());
            }
            if (ours.isMemberClass()) {
                compareFlag(where, "static", Modifier.isStatic(modifiers), real.modifiers());
            }
            if (!KINDS_WITHOUT_SUPERCLASS.contains(real.kind())) {
                String expected = expectedSuperclass(real);
                String actual = ours.getSuperclass() == null ? "nothing" : nameOf(ours.getSuperclass());
                if (!expected.equals(actual)) {
                    problems.add(where + ": extends " + actual + " but the real type extends " + expected);
                }
            }
            List<String> realInterfaces = erase(
                    "interface".equals(real.kind()) ? real.extendsList() : real.implementsList(), List.of());
            for (Class<?> implemented : ours.getInterfaces()) {
                // Every annotation type implements Annotation implicitly; the reference lists declared supertypes only.
                boolean implicit = ours.isAnnotation() && implemented == java.lang.annotation.Annotation.class;
                if (!implicit && !realInterfaces.contains(nameOf(implemented))) {
                    problems.add(where + ": implements " + nameOf(implemented)
                            + ", which the real type does not (real: " + realInterfaces + ")");
                }
            }
        }

        private void checkConstructor(Constructor<?> constructor) {
            List<String> params = erasedParams(constructor);
            String where = realName + "(" + String.join(", ", params) + ")";
            List<RealConstructor> candidates = signatures.constructors(realName);
            Optional<RealConstructor> match = candidates.stream()
                    .filter(c -> params.equals(erase(c.params(), withMethodScope(c.typeParams()))))
                    .findFirst();
            if (match.isEmpty()) {
                problems.add(where + ": constructor not in the real API (real: " + candidates.stream()
                        .map(c -> "(" + String.join(", ", c.params()) + ")").collect(Collectors.toList()) + ")");
                return;
            }
            compareVisibility(where, constructor.getModifiers(), match.get().modifiers());
            compareThrows(where, constructor, match.get().throwsList(), withMethodScope(match.get().typeParams()));
        }

        private void checkMethod(Method method) {
            List<String> params = erasedParams(method);
            String where = realName + "#" + method.getName() + "(" + String.join(", ", params) + ")";
            List<RealMethod> sameName = signatures.methods(realName).stream()
                    .filter(m -> m.name().equals(method.getName())).collect(Collectors.toList());
            Optional<RealMethod> match = sameName.stream()
                    .filter(m -> params.equals(erase(m.params(), withMethodScope(m.typeParams()))))
                    .findFirst();
            if (match.isEmpty()) {
                problems.add(where + ": method not in the real API" + (sameName.isEmpty() ? ""
                        : " (real overloads: " + sameName.stream()
                                .map(m -> m.name() + "(" + String.join(", ", m.params()) + ")")
                                .collect(Collectors.toList()) + ")"));
                return;
            }
            RealMethod real = match.get();
            List<String> scopes = withMethodScope(real.typeParams());
            String realReturn = TypeErasure.erase(real.returnType(), scopes);
            String ourReturn = nameOf(method.getReturnType());
            if (!realReturn.equals(ourReturn)) {
                problems.add(where + ": returns " + ourReturn + " but the real method returns " + realReturn);
            }
            int modifiers = method.getModifiers();
            compareVisibility(where, modifiers, real.modifiers());
            compareFlag(where, "static", Modifier.isStatic(modifiers), real.modifiers());
            compareFlag(where, "abstract", Modifier.isAbstract(modifiers), real.modifiers());
            compareFlag(where, "final", Modifier.isFinal(modifiers), real.modifiers());
            compareFlag(where, "default", method.isDefault(), real.modifiers());
            compareThrows(where, method, real.throwsList(), scopes);
        }

        private void checkField(Field field) {
            String where = realName + "." + field.getName();
            if (field.isEnumConstant()) {
                checkEnumConstant(field, where);
                return;
            }
            Optional<RealField> match = signatures.field(realName, field.getName());
            if (match.isEmpty()) {
                problems.add(where + ": field not in the real API");
                return;
            }
            RealField real = match.get();
            String realType = TypeErasure.erase(real.fieldType(), typeScopes);
            String ourType = nameOf(field.getType());
            if (!realType.equals(ourType)) {
                problems.add(where + ": has type " + ourType + " but the real field has type " + realType);
            }
            int modifiers = field.getModifiers();
            compareVisibility(where, modifiers, real.modifiers());
            compareFlag(where, "static", Modifier.isStatic(modifiers), real.modifiers());
            compareFlag(where, "final", Modifier.isFinal(modifiers), real.modifiers());
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && !real.initializer().isBlank()) {
                compareConstant(where, field, real);
            }
        }

        private void checkEnumConstant(Field field, String where) {
            Optional<RealEnumConstant> constant = signatures.enumConstant(realName, field.getName());
            if (constant.isEmpty()) {
                problems.add(where + ": enum constant not in the real API");
                return;
            }
            int ordinal = ((Enum<?>) readStatic(field)).ordinal();
            if (ordinal != constant.get().ordinal()) {
                problems.add(where + ": has ordinal " + ordinal + " but the real constant has ordinal "
                        + constant.get().ordinal());
            }
        }

        private void compareConstant(String where, Field field, RealField real) {
            Object expected;
            try {
                expected = evaluator.evaluate(real.initializer(), real.type());
            } catch (NotEvaluableException e) {
                problems.add(where + ": cannot evaluate the real initializer '" + real.initializer() + "': "
                        + e.getMessage());
                return;
            }
            Object actual = readStatic(field);
            if (expected instanceof QNameValue) {
                String actualText = String.valueOf(actual);
                if (!expected.toString().equals(actualText)) {
                    problems.add(where + ": QName is " + actualText + " but the real one is " + expected
                            + " (initializer " + real.initializer() + ")");
                }
            } else if (!sameConstant(expected, actual)) {
                problems.add(where + ": value is " + describe(actual) + " but the real value is "
                        + describe(expected) + " (initializer " + real.initializer() + ")");
            }
        }

        private void compareThrows(String where, Executable executable, List<String> realThrows,
                List<String> scopes) {
            List<String> allowed = erase(realThrows, scopes);
            for (Class<?> declared : executable.getExceptionTypes()) {
                if (!allowed.contains(nameOf(declared))) {
                    problems.add(where + ": declares throws " + nameOf(declared)
                            + ", which the real one does not (real: " + allowed + ")");
                }
            }
        }

        private void compareVisibility(String where, int modifiers, Set<String> realModifiers) {
            String actual = Modifier.isPublic(modifiers) ? "public"
                    : Modifier.isProtected(modifiers) ? "protected"
                    : Modifier.isPrivate(modifiers) ? "private" : "package-private";
            String expected = realModifiers.contains("public") ? "public"
                    : realModifiers.contains("protected") ? "protected" : "package-private";
            if (!actual.equals(expected)) {
                problems.add(where + ": is " + actual + " but the real one is " + expected);
            }
        }

        private void compareFlag(String where, String flag, boolean actual, Set<String> realModifiers) {
            boolean expected = realModifiers.contains(flag);
            if (actual != expected) {
                problems.add(where + ": is " + (actual ? "" : "not ") + flag + " but the real one is "
                        + (expected ? "" : "not ") + flag);
            }
        }

        private List<String> withMethodScope(String methodTypeParams) {
            List<String> scopes = new ArrayList<>();
            scopes.add(methodTypeParams);
            scopes.addAll(typeScopes);
            return scopes;
        }

        private List<String> erasedParams(Executable executable) {
            return Arrays.stream(executable.getParameterTypes()).map(this::nameOf).collect(Collectors.toList());
        }

        /** The canonical name, with {@code ours} (and its member types) standing for the real type. */
        private String nameOf(Class<?> type) {
            if (type.isArray()) {
                return nameOf(type.getComponentType()) + "[]";
            }
            String canonical = type.getCanonicalName();
            String own = ours.getCanonicalName();
            if (canonical.equals(own)) {
                return realName;
            }
            return canonical.startsWith(own + ".") ? realName + canonical.substring(own.length()) : canonical;
        }
    }

    /** The type-parameter declarations in scope in a type: its own, then those of its enclosing types. */
    private List<String> typeParamScopes(String typeName) {
        List<String> scopes = new ArrayList<>();
        for (String name = typeName; name != null; ) {
            Optional<RealType> type = signatures.type(name);
            if (type.isEmpty()) {
                break;
            }
            scopes.add(type.get().typeParams());
            int dot = name.lastIndexOf('.');
            name = dot == -1 ? null : name.substring(0, dot);
        }
        return scopes;
    }

    private static String expectedSuperclass(RealType real) {
        switch (real.kind()) {
            case "enum":
                return "java.lang.Enum";
            case "record":
                return "java.lang.Record";
            default:
                return real.extendsList().isEmpty()
                        ? "java.lang.Object"
                        : TypeErasure.erase(real.extendsList().get(0), List.of());
        }
    }

    private static boolean sameConstant(Object expected, Object actual) {
        if (expected instanceof Character && actual instanceof Number) {
            return (Character) expected == ((Number) actual).intValue();
        }
        if (expected instanceof Number && actual instanceof Character) {
            return ((Number) expected).intValue() == (Character) actual;
        }
        if (expected instanceof Number && actual instanceof Number) {
            boolean floating = expected instanceof Double || expected instanceof Float
                    || actual instanceof Double || actual instanceof Float;
            return floating
                    ? ((Number) expected).doubleValue() == ((Number) actual).doubleValue()
                    : ((Number) expected).longValue() == ((Number) actual).longValue();
        }
        return Objects.equals(expected, actual);
    }

    private static String describe(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    private static List<String> erase(List<String> types, List<String> scopes) {
        return types.stream().map(type -> TypeErasure.erase(type, scopes)).collect(Collectors.toList());
    }

    private static boolean isApi(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String withArticle(String kind) {
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private static String kindOf(Class<?> type) {
        if (type.isAnnotation()) {
            return "annotation";
        }
        if (type.isInterface()) {
            return "interface";
        }
        if (type.isEnum()) {
            return "enum";
        }
        if (type.isRecord()) {
            return "record";
        }
        return "class";
    }

    private static Object readStatic(Field field) {
        try {
            field.setAccessible(true);
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
