package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alfresco.rest.framework.Api;
import org.alfresco.rest.framework.Operation;
import org.alfresco.rest.framework.WebApi;
import org.alfresco.rest.framework.resource.EntityResource;
import org.alfresco.rest.framework.resource.RelationshipResource;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.alfresco.rest.framework.webscripts.WithResponse;
import org.gdprretention.platform.rest.api.RetentionsEntityResource;
import org.junit.jupiter.api.Test;

/**
 * The resources as ACS 26.3's framework registers them (remote-api {@code ApiBootstrap}, {@code ResourceInspector},
 * {@code ResourceInspectorUtil}, {@code Api.valueOf}), so that a resource that would not be found, or found with the
 * wrong body type, fails here rather than at start-up of a live ACS:
 * <ul>
 * <li>ApiBootstrap asks the application context for beans annotated {@code @EntityResource} or
 * {@code @RelationshipResource}: a resource class that is not a bean of the module's REST contexts is not exposed, and
 * a bean behind an AOP proxy hides its annotations;</li>
 * <li>the API is the {@code @WebApi} of the bean class's own package; its name must be lower-case letters;</li>
 * <li>{@code ResourceInspector.findMethod} takes the first method of the action's name
 * ({@code ReflectionUtils.findMethod(class, name, null)}), private ones included, and derives the body type from
 * it: a second method of that name can make ACS read the body as the wrong type;</li>
 * <li>an {@code @Operation} is invoked with (id, body, Parameters, WithResponse); the body type is the second
 * parameter ({@code Void} for none).</li>
 * </ul>
 */
class RestRegistrationTest {

    private static final Path CONTEXTS = Path.of("src", "main", "resources", "alfresco", "module",
            "gdpr-retention-platform", "context");
    private static final Pattern BEAN = Pattern.compile("<bean\\b([^>]*)>");
    private static final Pattern CLASS = Pattern.compile("class=\"([^\"]+)\"");

    @Test
    void everyResourceOfThePackageIsAPlainBeanOfTheRestContexts() throws Exception {
        Set<String> declared = new TreeSet<>();
        String xml = Files.readString(CONTEXTS.resolve("rest-context.xml"))
                + Files.readString(CONTEXTS.resolve("rest-admin-context.xml"));
        Matcher bean = BEAN.matcher(xml);
        while (bean.find()) {
            Matcher type = CLASS.matcher(bean.group(1));
            if (type.find() && isResource(Class.forName(type.group(1)))) {
                assertThat(bean.group(1)).as("a resource bean inherits no proxy").doesNotContain("parent=");
                declared.add(type.group(1));
            }
        }
        assertThat(xml).doesNotContain("ProxyFactoryBean").doesNotContain("<aop:");
        assertThat(declared).isEqualTo(resourceClassNames()).contains(RetentionsEntityResource.class.getName());
    }

    @Test
    void theApiIsGdprPrivateVersionOne() {
        WebApi api = RetentionsEntityResource.class.getPackage().getAnnotation(WebApi.class);

        assertThat(api.name()).matches("[a-z]+").isEqualTo("gdpr");
        assertThat(api.scope()).isEqualTo(Api.SCOPE.PRIVATE);
        assertThat(api.version()).isEqualTo(1);
    }

    @Test
    void eachActionHasOneMethodOfItsNameAndEachOperationTheFrameworksSignature() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String className : resourceClassNames()) {
            Class<?> resource = Class.forName(className);
            EntityResource entity = resource.getAnnotation(EntityResource.class);
            RelationshipResource relation = resource.getAnnotation(RelationshipResource.class);
            String name = entity != null ? entity.name()
                    : relation.entityResource().getAnnotation(EntityResource.class).name() + "/" + relation.name();
            if (!names.add(name)) {
                problems.add(name + " is registered twice");
            }
            for (String action : List.of("create", "readAll", "readById", "update", "delete")) {
                long declared = Stream.of(resource.getDeclaredMethods())
                        .filter(m -> m.getName().equals(action) && !m.isBridge()).count();
                if (declared > 1) {
                    problems.add(resource.getSimpleName() + " has " + declared + " methods named " + action);
                }
            }
            for (Method method : resource.getMethods()) {
                if (method.isAnnotationPresent(Operation.class)) {
                    Class<?>[] types = method.getParameterTypes();
                    if (types.length != 4 || types[0] != String.class || types[2] != Parameters.class
                            || types[3] != WithResponse.class || !Modifier.isPublic(method.getModifiers())) {
                        problems.add(resource.getSimpleName() + "." + method.getName()
                                + " is not (String id, Body or Void, Parameters, WithResponse)");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(names).contains("retentions", "retentions/legal-holds", "purges", "sweeps", "audit");
    }

    private static boolean isResource(Class<?> type) {
        return type.isAnnotationPresent(EntityResource.class) || type.isAnnotationPresent(RelationshipResource.class);
    }

    // Every resource class compiled into the package, whether or not a context declares it.
    private static Set<String> resourceClassNames() throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(RetentionsEntityResource.class.getResource("RetentionsEntityResource.class").toURI())
                .getParent();
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String simple = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(RetentionsEntityResource.class.getPackageName() + "." + simple);
                if (isResource(type)) {
                    names.add(type.getName());
                }
            }
        }
        return names;
    }
}
