package org.gdprretention.platform.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The content URL lookup against a real SQL database holding ACS's {@code alf_content_url} table as ACS creates it
 * (columns, unique index), filled the way ACS fills it.
 */
class ContentUrlTableTest {

    private final JdbcDataSource database = new JdbcDataSource();
    private long nextId = 1;

    @BeforeEach
    void createAcsTable() throws SQLException {
        database.setURL("jdbc:h2:mem:acs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            // as AlfrescoCreate-ContentTables.sql (PostgreSQL dialect) of ACS 26.3
            statement.execute("CREATE TABLE alf_content_url (id BIGINT NOT NULL, content_url VARCHAR(255) NOT NULL,"
                    + " content_url_short VARCHAR(12) NOT NULL, content_url_crc BIGINT NOT NULL,"
                    + " content_size BIGINT NOT NULL, orphan_time BIGINT NULL, PRIMARY KEY (id))");
            statement.execute("CREATE UNIQUE INDEX idx_alf_conturl_cr ON alf_content_url"
                    + " (content_url_short, content_url_crc)");
        }
    }

    @Test
    void findsExactlyTheUrlsThatHaveARow() throws SQLException {
        row("store://2025/5/1/10/0/aaaa-1111.bin");
        row("store://2025/5/1/10/0/bbbb-2222.bin");
        ContentUrlTable table = table();

        assertThat(table.referencedAmong(List.of("store://2025/5/1/10/0/aaaa-1111.bin",
                "store://2025/5/1/10/0/cccc-3333.bin", "store://2025/5/1/10/0/bbbb-2222.bin")))
                .containsExactlyInAnyOrder("store://2025/5/1/10/0/aaaa-1111.bin", "store://2025/5/1/10/0/bbbb-2222.bin");
        assertThat(table.referencedAmong(List.of())).isEmpty();
    }

    @Test
    void aUrlSharingTheShortFormButNotTheUrlIsNotReferenced() throws SQLException {
        // same last 12 characters, other directory: the short form alone would call it referenced
        row("store://2024/1/1/0/0/same-tail.bin");
        ContentUrlTable table = table();

        assertThat(table.referencedAmong(List.of("store://2025/5/1/10/0/same-tail.bin",
                "STORE://2024/1/1/0/0/SAME-TAIL.BIN"))).isEmpty();
    }

    @Test
    void largeBatchesAreSplitBelowTheDatabasesParameterLimit() throws SQLException {
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String url = "store://2025/5/1/10/" + (i % 60) + "/" + UUID.randomUUID() + ".bin";
            asked.add(url);
            if (i % 3 == 0) {
                row(url);
            }
        }
        ContentUrlTable table = table();

        assertThat(table.referencedAmong(asked)).hasSize(667)
                .allMatch(url -> asked.indexOf(url) % 3 == 0);
    }

    @Test
    void shortFormAndCrcAreAcsOwn() {
        // last 12 characters in lower case; CRC-32 of the URL as written (case sensitive)
        assertThat(ContentUrlTable.shortForm("store://2025/5/1/10/0/ABCDEF-123456.bin")).isEqualTo("f-123456.bin");
        assertThat(ContentUrlTable.shortForm("s://a.bin")).isEqualTo("s://a.bin");
        assertThat(ContentUrlTable.crc("store://a.bin")).isNotEqualTo(ContentUrlTable.crc("STORE://A.BIN"));
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("store://a.bin".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ContentUrlTable.crc("store://a.bin")).isEqualTo(crc.getValue());
    }

    private ContentUrlTable table() {
        ContentUrlTable table = new ContentUrlTable();
        table.setDataSource(database);
        table.afterPropertiesSet();
        return table;
    }

    private void row(String url) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO alf_content_url (id, content_url, content_url_short, content_url_crc, content_size)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, nextId++);
            insert.setString(2, url);
            insert.setString(3, ContentUrlTable.shortForm(url));
            insert.setLong(4, ContentUrlTable.crc(url));
            insert.setLong(5, 100);
            insert.executeUpdate();
        }
    }
}
