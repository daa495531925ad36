package org.gdprretention.platform.consent;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.alfresco.repo.admin.SysAdminParams;

/**
 * The address of the consent page in the mail. By default the repository's own public address as ACS knows it
 * ({@code sysAdminParams}: alfresco.protocol, host, port, context) with the web script's path; an administrator
 * who publishes the page elsewhere (a reverse proxy that exposes only this path) sets
 * {@code gdpr-retention.consent.pageUrl} instead.
 */
public final class ConsentLink {

    static final String SERVICE_PATH = "/s/gdpr/consent";

    private ConsentLink() {
    }

    /** The page's address without the token. */
    public static String page(SysAdminParams params, String configuredPageUrl) {
        if (configuredPageUrl != null && !configuredPageUrl.isBlank()) {
            return configuredPageUrl.trim();
        }
        String protocol = params.getAlfrescoProtocol();
        int port = params.getAlfrescoPort();
        boolean defaultPort = ("https".equalsIgnoreCase(protocol) && port == 443)
                || ("http".equalsIgnoreCase(protocol) && port == 80);
        return protocol + "://" + params.getAlfrescoHost() + (defaultPort ? "" : ":" + port) + "/"
                + params.getAlfrescoContext() + SERVICE_PATH;
    }

    /** The page's address with the token (Base64URL needs no escaping; encoded anyway, in case). */
    public static String withToken(String pageUrl, String token) {
        return pageUrl + (pageUrl.contains("?") ? "&" : "?") + "token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
