package org.springframework.extensions.webscripts;

import java.io.IOException;
import java.util.Map;

/**
 * Compile-only copy of the Spring Web Scripts 10.2 signature of the base of Java-backed web scripts whose model
 * a FreeMarker template renders. Surf's {@link #execute} (model, template lookup, status templates) throws here;
 * tests call the subclass's {@code executeImpl} with a real {@link Status} and {@link Cache}.
 */
public class DeclarativeWebScript extends AbstractWebScript {

    @Override
    public final void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        throw new UnsupportedOperationException("compile-only stub: Surf provides this class at run time");
    }

    protected Map<String, Object> executeImpl(WebScriptRequest req, Status status, Cache cache) {
        throw new UnsupportedOperationException("compile-only stub: Surf provides this class at run time");
    }
}
