package org.gdprretention.platform.rest;

import java.util.Locale;
import org.alfresco.rest.framework.core.exceptions.UnsupportedMediaTypeException;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.springframework.extensions.webscripts.WebScriptRequest;

/**
 * Request bodies are read only when sent as JSON. ACS's framework reads a POST or PUT body as JSON whatever its
 * {@code Content-Type} says (only multipart is set apart), and a cross-site HTML form can POST {@code text/plain}
 * without a CORS preflight, with the Basic credentials a browser keeps for ACS (an administrator who used the Admin
 * Console) and a JSON body whose form {@code =} hides inside a string value. The repository's CSRF filter does not
 * cover the REST API. {@code application/json} is what no form can send: a change (a purge above all) needs it; any
 * other type is ACS's 415 before anything is read or written.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** Refuses the request unless its body was sent as {@code application/json} (any parameters, e.g. charset). */
    public static void require(Parameters parameters) {
        WebScriptRequest request = parameters.getRequest();
        String type = request == null ? null : request.getContentType();
        String mediaType = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new UnsupportedMediaTypeException(RestErrors.PREFIX + "jsonBody",
                    new Object[] {type == null ? "none" : type.replaceAll("\\p{Cntrl}", "?")});
        }
    }
}
