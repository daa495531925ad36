package org.gdprretention.platform.sweep;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;

/**
 * Answers {@link ReferencedContentUrls} from ACS's own table of content URLs ({@code alf_content_url}), a batch per
 * query, read-only, through the repository's {@code dataSource}.
 *
 * <p>Why not ACS's {@code ContentDataDAO}: it looks a URL up one at a time through the shared content URL cache, so a
 * sweep over millions of files would push the repository's working set out of that cache, and it has no batch or
 * range lookup. The table's unique index is on ({@code content_url_short}, {@code content_url_crc}): the last 12
 * characters of the URL in lower case and the CRC-32 of the URL's UTF-8 bytes (ACS's {@code CrcHelper}, case
 * sensitive). A batch is looked up by both (the index), and the full URL is compared as well, so a collision of short
 * form and CRC can never make an orphan look referenced or the other way round. The table and these columns have
 * been ACS's since 3.2, on every database ACS supports; the statement is plain SQL with at most
 * {@value #MAX_PARAMETERS} parameters (Oracle allows 1,000 in a list).
 */
public class ContentUrlTable implements ReferencedContentUrls, InitializingBean {

    static final int MAX_PARAMETERS = 900;
    private static final int SHORT_LENGTH = 12;

    private DataSource dataSource;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "dataSource", dataSource);
    }

    /** The repository's own {@code dataSource}. */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Set<String> referencedAmong(List<String> urls) {
        Set<String> referenced = new HashSet<>();
        int perQuery = MAX_PARAMETERS / 2;
        for (int from = 0; from < urls.size(); from += perQuery) {
            referenced.addAll(query(urls.subList(from, Math.min(urls.size(), from + perQuery))));
        }
        return referenced;
    }

    private Set<String> query(List<String> urls) {
        if (urls.isEmpty()) {
            return Collections.emptySet();
        }
        StringBuilder sql = new StringBuilder("SELECT content_url FROM alf_content_url WHERE ");
        for (int i = 0; i < urls.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("(content_url_short = ? AND content_url_crc = ?)");
        }
        Set<String> asked = new HashSet<>(urls);
        Set<String> found = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            // Only a SELECT, and the connection's settings are left alone: it goes back to ACS's pool, where a
            // connection left read-only would fail the repository's next write on it.
            int parameter = 1;
            for (String url : urls) {
                statement.setString(parameter++, shortForm(url));
                statement.setLong(parameter++, crc(url));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String url = rows.getString(1);
                    if (asked.contains(url)) {
                        found.add(url);
                    }
                }
            }
        } catch (SQLException e) {
            throw new AlfrescoRuntimeException("Reading content URLs from alf_content_url failed", e);
        }
        return found;
    }

    /** ACS's {@code content_url_short}: the last 12 characters, lower case (the whole URL when shorter). */
    static String shortForm(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.length() < SHORT_LENGTH ? lower : lower.substring(lower.length() - SHORT_LENGTH);
    }

    /** ACS's {@code content_url_crc}: CRC-32 of the URL's UTF-8 bytes, case sensitive. */
    static long crc(String url) {
        CRC32 crc = new CRC32();
        crc.update(url.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
