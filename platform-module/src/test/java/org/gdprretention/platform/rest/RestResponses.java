package org.gdprretention.platform.rest;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.alfresco.rest.framework.Operation;
import org.alfresco.rest.framework.resource.actions.interfaces.EntityResourceAction;
import org.alfresco.rest.framework.resource.actions.interfaces.RelationshipResourceAction;
import org.alfresco.rest.framework.webscripts.WithResponse;

/**
 * The {@link WithResponse} ACS's REST framework hands a resource method, with the status it answers unless the
 * method sets another (ACS 26.3, remote-api: {@code AbstractResourceWebScript.execute} builds it from
 * {@code ResourceOperation.getSuccessStatus()}, which {@code ResourceInspector.validSuccessCode} derives from the HTTP
 * method when no {@code @WebApiDescription(successStatus)} names one): GET 200, POST 201, PUT 200, DELETE 204. An
 * {@code @Operation} is a POST, so it answers 201 like a create, whatever it does, unless it sets its status.
 */
public final class RestResponses {

    private RestResponses() {
    }

    /** What the framework passes to {@code method} of {@code resource} (an operation or a CRUD action). */
    public static WithResponse of(Class<?> resource, String method) {
        return new WithResponse(defaultStatus(resource, method), null, null);
    }

    /** The status ACS answers for {@code method} of {@code resource} when the method does not set one. */
    public static int defaultStatus(Class<?> resource, String method) {
        Method found = Arrays.stream(resource.getMethods()).filter(m -> m.getName().equals(method) && !m.isBridge())
                .findFirst().orElseThrow(() -> new IllegalArgumentException(resource + " has no method " + method));
        if (found.isAnnotationPresent(Operation.class)) {
            return 201;
        }
        return switch (method) {
            case "readAll", "readById" -> 200;
            case "create" -> implementsAny(resource, EntityResourceAction.Create.class,
                    RelationshipResourceAction.Create.class) ? 201 : unknown(resource, method);
            case "update" -> 200;
            case "delete" -> 204;
            default -> unknown(resource, method);
        };
    }

    private static boolean implementsAny(Class<?> resource, Class<?>... actions) {
        return Arrays.stream(actions).anyMatch(action -> action.isAssignableFrom(resource));
    }

    private static int unknown(Class<?> resource, String method) {
        throw new IllegalArgumentException(method + " of " + resource.getSimpleName()
                + " is neither an @Operation nor a resource action the framework calls");
    }
}
