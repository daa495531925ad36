package org.springframework.extensions.webscripts;

import java.io.IOException;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface WebScript {

    void execute(WebScriptRequest req, WebScriptResponse res) throws IOException;
}
