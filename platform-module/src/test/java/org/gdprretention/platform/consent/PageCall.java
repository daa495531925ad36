package org.gdprretention.platform.consent;


import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.extensions.webscripts.Cache;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * One call of a web script as Surf makes it: a request whose parameters are the query's and, for a form POST, the
 * body's fields (the servlet request merges both), and a response that records status, headers and body.
 */
final class PageCall {

    static final String SERVICE_PATH = "/alfresco/s/gdpr/consent";

    private PageCall() {
    }

    /** The response to {@code parameters} (null values are left out, as an absent field is). */
    static Response call(ConsentPage page, Map<String, String> parameters) throws IOException {
        Map<String, String> present = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (value != null) {
                present.put(name, value);
            }
        });
        WebScriptRequest request = new Request(present);
        Response response = new Response();
        page.execute(request, response);
        return response;
    }

    static Map<String, String> params(String... namesAndValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** A form or query request: only parameters (a plain class: a hundred thousand Mockito mocks are slow). */
    private record Request(Map<String, String> parameters) implements WebScriptRequest {
        @Override
        public String getParameter(String name) {
            return parameters.get(name);
        }

        @Override
        public String[] getParameterNames() {
            return parameters.keySet().toArray(String[]::new);
        }

        @Override
        public String[] getParameterValues(String name) {
            String value = parameters.get(name);
            return value == null ? null : new String[] {value};
        }

        @Override
        public org.springframework.extensions.surf.util.Content getContent() {
            return null;
        }

        @Override
        public String getContentType() {
            return "application/x-www-form-urlencoded";
        }

        @Override
        public org.springframework.extensions.webscripts.Match getServiceMatch() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return null;
        }

        @Override
        public String getFormat() {
            return "html";
        }

        @Override
        public String getURL() {
            return SERVICE_PATH;
        }

        @Override
        public String getServicePath() {
            return SERVICE_PATH;
        }

        @Override
        public Object parseContent() {
            return null;
        }

        @Override
        public boolean isGuest() {
            return false;
        }
    }

    /** What the client receives. */
    static final class Response implements WebScriptResponse {
        int status = 200;
        String contentType;
        final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final StringWriter body = new StringWriter();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        String body() {
            return body.toString() + bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        }

        /** Status, content type, headers and body: what two responses must share to be indistinguishable. */
        String whole() {
            return status + "\n" + contentType + "\n" + headers + "\n" + body();
        }

        @Override
        public Writer getWriter() {
            return body;
        }

        @Override
        public OutputStream getOutputStream() {
            return bytes;
        }

        @Override
        public void setContentType(String contentType) {
            this.contentType = contentType;
        }

        @Override
        public void setContentEncoding(String contentEncoding) {
            headers.put("Content-Encoding-Charset", contentEncoding);
        }

        @Override
        public void setHeader(String name, String value) {
            headers.put(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }

        @Override
        public void setStatus(int status) {
            this.status = status;
        }

        @Override
        public void setCache(Cache cache) {
            headers.put("X-Surf-Cache", String.valueOf(cache.getNeverCache()));
        }

        @Override
        public void reset() {
            headers.clear();
            body.getBuffer().setLength(0);
            bytes.reset();
        }
    }
}
