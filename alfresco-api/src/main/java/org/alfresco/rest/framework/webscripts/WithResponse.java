package org.alfresco.rest.framework.webscripts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.rest.framework.resource.content.ContentInfo;
import org.springframework.extensions.webscripts.Cache;

/**
 * Compile-only copy of the ACS 26.3 signature, with its behaviour: the status, headers and cache a resource method
 * may set on its response.
 */
public class WithResponse {

    private int status;
    private ContentInfo contentInfo;
    private Cache cache;
    private final Map<String, List<String>> headers = new HashMap<>();

    public WithResponse(int status, ContentInfo contentInfo, Cache cache) {
        this.status = status;
        this.contentInfo = contentInfo;
        this.cache = cache;
    }

    public void setStatus(int status) {
        this.status = status;
    }

    public int getStatus() {
        return status;
    }

    public void setContentInfo(ContentInfo contentInfo) {
        this.contentInfo = contentInfo;
    }

    public ContentInfo getContentInfo() {
        return contentInfo;
    }

    public void setCache(Cache cache) {
        this.cache = cache;
    }

    public Cache getCache() {
        return cache;
    }

    public void setHeader(String name, String value) {
        List<String> values = new ArrayList<>();
        values.add(value);
        headers.put(name, values);
    }

    public void addHeader(String name, String value) {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    public Map<String, List<String>> getHeaders() {
        return headers;
    }
}
