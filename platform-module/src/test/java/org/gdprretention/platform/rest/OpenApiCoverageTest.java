package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alfresco.rest.framework.Operation;
import org.alfresco.rest.framework.resource.EntityResource;
import org.alfresco.rest.framework.resource.RelationshipResource;
import org.alfresco.rest.framework.resource.actions.interfaces.EntityResourceAction;
import org.alfresco.rest.framework.resource.actions.interfaces.RelationshipResourceAction;
import org.gdprretention.platform.rest.api.RetentionsEntityResource;
import org.junit.jupiter.api.Test;

/**
 * Every operation of every resource in {@code org.gdprretention.platform.rest.api} is in one of the OpenAPI files of
 * {@code docs/openapi/} (all of them are read, written with two-space indentation), as ACS's framework exposes it:
 * {@code Read} is GET on the collection, {@code ReadById} GET on an item, {@code Create} POST on the collection,
 * {@code Update} PUT and {@code Delete} DELETE on an item, {@code @Operation("x")} POST on {@code /item/x}; a
 * relationship hangs below its entity's item. Path parameter names do not matter.
 */
class OpenApiCoverageTest {

    private static final Path OPENAPI = Path.of("..", "docs", "openapi");
    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch):\\s*$");

    @Test
    void everyResourceOperationIsDocumented() throws Exception {
        Set<String> documented = documented();
        Set<String> exposed = exposed();

        assertThat(exposed).contains("GET /retentions", "GET /retentions/{}", "POST /purges",
                "POST /retentions/{}/legal-holds", "DELETE /retentions/{}/legal-holds/{}",
                "GET /retention-summaries/{}");
        assertThat(documented).as("operations in %s", OPENAPI.toAbsolutePath()).containsAll(exposed);
    }

    @Test
    void theCheckSeesAnUndocumentedOperation() throws Exception {
        Set<String> documented = documented();
        documented.remove("POST /purges");

        assertThat(documented).doesNotContain("PUT /retentions/{}");
        assertThat(documented.containsAll(exposed())).isFalse();
    }

    private static Set<String> documented() throws IOException {
        Set<String> operations = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(OPENAPI)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String path = null;
            boolean inPaths = false;
            for (String line : Files.readAllLines(file)) {
                if (!line.startsWith(" ") && !line.isBlank()) {
                    inPaths = line.startsWith("paths:");
                    continue;
                }
                if (!inPaths) {
                    continue;
                }
                Matcher pathLine = PATH.matcher(line);
                Matcher methodLine = METHOD.matcher(line);
                if (pathLine.matches()) {
                    path = pathLine.group(1).replaceAll("\\{[^}]+}", "{}");
                } else if (methodLine.matches() && path != null) {
                    operations.add(methodLine.group(1).toUpperCase() + " " + path);
                }
            }
        }
        return operations;
    }

    private static Set<String> exposed() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(RetentionsEntityResource.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).resolve("org/gdprretention/platform/rest/api");
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<Path> listing = Files.list(classes)) {
            for (Path file : listing.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                if (!name.contains("$") && !name.equals("package-info")) {
                    resources.add(Class.forName("org.gdprretention.platform.rest.api." + name));
                }
            }
        }
        Set<String> operations = new TreeSet<>();
        for (Class<?> type : resources) {
            EntityResource entity = type.getAnnotation(EntityResource.class);
            RelationshipResource relationship = type.getAnnotation(RelationshipResource.class);
            if (entity != null) {
                add(operations, type, "/" + entity.name(), EntityResourceAction.Read.class,
                        EntityResourceAction.ReadById.class, EntityResourceAction.Create.class,
                        EntityResourceAction.Update.class, EntityResourceAction.Delete.class);
                for (Method method : type.getMethods()) {
                    Operation operation = method.getAnnotation(Operation.class);
                    if (operation != null) {
                        operations.add("POST /" + entity.name() + "/{}/" + operation.value());
                    }
                }
            } else if (relationship != null) {
                EntityResource parent = relationship.entityResource().getAnnotation(EntityResource.class);
                add(operations, type, "/" + parent.name() + "/{}/" + relationship.name(),
                        RelationshipResourceAction.Read.class, RelationshipResourceAction.ReadById.class,
                        RelationshipResourceAction.Create.class, RelationshipResourceAction.Update.class,
                        RelationshipResourceAction.Delete.class);
            }
        }
        return operations;
    }

    private static void add(Set<String> operations, Class<?> type, String collection, Class<?> read,
            Class<?> readById, Class<?> create, Class<?> update, Class<?> delete) {
        if (read.isAssignableFrom(type)) {
            operations.add("GET " + collection);
        }
        if (readById.isAssignableFrom(type)) {
            operations.add("GET " + collection + "/{}");
        }
        if (create.isAssignableFrom(type)) {
            operations.add("POST " + collection);
        }
        if (update.isAssignableFrom(type)) {
            operations.add("PUT " + collection + "/{}");
        }
        if (delete.isAssignableFrom(type)) {
            operations.add("DELETE " + collection + "/{}");
        }
    }
}
