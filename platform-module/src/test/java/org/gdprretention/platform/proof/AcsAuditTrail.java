package org.gdprretention.platform.proof;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.audit.AuditQueryParameters;
import org.alfresco.service.cmr.audit.AuditService;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * ACS's audit component for the module's audit application, as {@code AuditComponentImpl} behaves (ACS 26.3):
 * <ul>
 * <li>it knows only the applications of the audit XML it loaded (here the module's own file, read from the class
 * path where ACS finds it), and records a value only where that file maps the path and has a RecordValue for it,
 * at {@code <path>/<RecordValue key>}; anything else is dropped silently;</li>
 * <li>{@code recordAuditValues} applies ACS's default user filter ({@code ~System;~null;.*}) to the fully
 * authenticated user: values recorded by the system user, or by nobody, are dropped silently;</li>
 * <li>nothing is recorded while auditing is off ({@code audit.enabled=false});</li>
 * <li>{@code auditQuery} finds entries by application <em>name</em>, oldest first unless not forward.</li>
 * </ul>
 */
final class AcsAuditTrail implements AuditComponent {

    static final String AUDIT_XML = "alfresco/module/gdpr-retention-platform/audit/gdpr-retention-audit.xml";

    private record Entry(long id, String application, String user, long time, Map<String, Serializable> values) {
    }

    private final Map<String, String> applicationNameByKey = new HashMap<>();
    private final Set<String> mappedRoots = new HashSet<>();
    private final Map<String, String> recordKeyByPath = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private boolean enabled = true;

    AcsAuditTrail() {
        load();
    }

    void disable() {
        enabled = false;
    }

    int size() {
        return entries.size();
    }

    @Override
    public Map<String, Serializable> recordAuditValues(String rootPath, Map<String, Serializable> values) {
        return recordAuditValuesWithUserFilter(rootPath, values, true);
    }

    @Override
    public Map<String, Serializable> recordAuditValuesWithUserFilter(String rootPath, Map<String, Serializable> values,
            boolean useUserFilter) {
        String user = AuthenticationUtil.getFullyAuthenticatedUser();
        if (!enabled || values.isEmpty()
                || useUserFilter && (user == null || AuthenticationUtil.getSystemUserName().equals(user))) {
            return Map.of();
        }
        String rootKey = rootPath.split("/")[1];
        if (!mappedRoots.contains("/" + rootKey) || !applicationNameByKey.containsKey(rootKey)) {
            return Map.of();
        }
        Map<String, Serializable> recorded = new HashMap<>();
        values.forEach((key, value) -> {
            String path = rootPath + "/" + key;
            String recordKey = recordKeyByPath.get(path);
            if (recordKey != null) {
                recorded.put(path + "/" + recordKey, value);
            }
        });
        if (!recorded.isEmpty()) {
            entries.add(new Entry(entries.size() + 1L, applicationNameByKey.get(rootKey), user,
                    System.currentTimeMillis(), Map.copyOf(recorded)));
        }
        return recorded;
    }

    @Override
    public void auditQuery(AuditService.AuditQueryCallback callback, AuditQueryParameters parameters,
            int maxResults) {
        List<Entry> found = new ArrayList<>(entries.stream()
                .filter(e -> parameters.getApplicationName() == null
                        || e.application().equals(parameters.getApplicationName()))
                .toList());
        if (!parameters.isForward()) {
            java.util.Collections.reverse(found);
        }
        int count = 0;
        for (Entry entry : found) {
            if (maxResults > 0 && count++ >= maxResults) {
                return;
            }
            if (!callback.handleAuditEntry(entry.id(), entry.application(), entry.user(), entry.time(),
                    callback.valuesRequired() ? entry.values() : Map.of())) {
                return;
            }
        }
    }

    private void load() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(AUDIT_XML)) {
            if (in == null) {
                throw new IllegalStateException(AUDIT_XML + " is not on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element audit = factory.newDocumentBuilder().parse(in).getDocumentElement();
            for (Element map : elements(audit, "PathMap")) {
                if (map.getAttribute("source").equals(map.getAttribute("target"))) {
                    mappedRoots.add(map.getAttribute("source"));
                }
            }
            for (Element application : elements(audit, "Application")) {
                String key = application.getAttribute("key");
                applicationNameByKey.put(key, application.getAttribute("name"));
                collectPaths(application, "/" + key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read " + AUDIT_XML, e);
        }
    }

    private void collectPaths(Element auditPath, String path) {
        for (Node child = auditPath.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if (element.getLocalName().equals("RecordValue")) {
                    recordKeyByPath.put(path, element.getAttribute("key"));
                } else if (element.getLocalName().equals("AuditPath")) {
                    collectPaths(element, path + "/" + element.getAttribute("key"));
                }
            }
        }
    }

    private static List<Element> elements(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        var list = parent.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }
}
