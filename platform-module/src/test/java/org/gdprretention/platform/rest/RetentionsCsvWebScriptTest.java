package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.service.cmr.search.SearchParameters;
import org.gdprretention.core.overview.CsvExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/** GET /alfresco/s/gdpr/retentions.csv: the overview's rows as CSV, streamed from the database page by page. */
class RetentionsCsvWebScriptTest {

    private final RestFixture fixture = new RestFixture();
    private final RetentionsCsvWebScript webScript = new RetentionsCsvWebScript();
    private final WebScriptResponse response = mock(WebScriptResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    @BeforeEach
    void wire() throws IOException {
        webScript.setOverview(fixture.overview);
        webScript.setClock(fixture.retention.clock);
        webScript.setStatusEvaluator(fixture.retention.statusEvaluator);
        webScript.afterPropertiesSet();
        when(response.getOutputStream()).thenReturn(body);
        for (int year = 2010; year < 2020; year++) {
            fixture.document(fixture.hrLibrary, "payslip " + year + ".pdf", "PAYROLL", LocalDate.of(year, 3, 1));
        }
        fixture.document(fixture.hrLibrary, " =HYPERLINK(\"http://evil\")", "VOG", LocalDate.of(2025, 6, 1));
        fixture.document(fixture.hrLibrary, "\n@SUM(A1)", "VOG", LocalDate.of(2025, 6, 2));
        fixture.document(fixture.privateFolder, "private.pdf", "PAYROLL", LocalDate.of(2009, 1, 1));
    }

    @Test
    void writesAByteOrderMarkTheHeaderAndTheReadableRowsInExpiryOrder() throws IOException {
        webScript.execute(request(Map.of()), response);

        byte[] bytes = body.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(CsvExport.header());
        assertThat(csv).doesNotContain("private.pdf");
        assertThat(lines).filteredOn(line -> line.contains("payslip")).extracting(line -> line.split(",")[1])
                .containsExactly("payslip 2010.pdf", "payslip 2011.pdf", "payslip 2012.pdf", "payslip 2013.pdf",
                        "payslip 2014.pdf", "payslip 2015.pdf", "payslip 2016.pdf", "payslip 2017.pdf",
                        "payslip 2018.pdf", "payslip 2019.pdf");
        verify(response).setContentType("text/csv;charset=UTF-8");
        verify(response).setHeader("Content-Disposition", "attachment; filename=\"retentions-2025-06-15.csv\"");
    }

    @Test
    void cellsThatASpreadsheetWouldRunStayText() throws IOException {
        webScript.execute(request(Map.of("retentionType", new String[] {"VOG"})), response);

        String csv = body.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains(",\"' =HYPERLINK(\"\"http://evil\"\")\",").contains(",\"'\n@SUM(A1)\",");
    }

    @Test
    void aDocumentWithRetentionButNoTypeYetIsExportedToo() throws IOException {
        org.alfresco.service.cmr.repository.NodeRef untyped = fixture.repository.document(fixture.hrLibrary,
                Map.of(org.alfresco.model.ContentModel.PROP_NAME, "untyped.pdf",
                        org.alfresco.model.ContentModel.PROP_CREATED, new java.util.Date()));
        fixture.repository.addAspect(untyped, org.gdprretention.platform.model.RetentionModel.ASPECT_RETAINABLE,
                Map.of());

        webScript.execute(request(Map.of("status", new String[] {"PENDING_START"})), response);

        assertThat(body.toString(StandardCharsets.UTF_8)).contains(",untyped.pdf,hr,,(none),OTHER,,PENDING_START,NONE");
    }

    @Test
    void theRowsAreReadPageByPageNeverAllAtOnce() throws IOException {
        webScript.execute(request(Map.of()), response);

        assertThat(fixture.database.queries).hasSizeGreaterThan(3)
                .extracting(SearchParameters::getMaxItems).allMatch(max -> max <= 6);
    }

    /**
     * The servlet container throws on a write once the client has gone (Tomcat's ClientAbortException, an
     * IOException); the descriptor's read-only transaction buffers nothing (ACS's RepositoryContainer buffers only
     * read-write web scripts), so the export stops reading there instead of reading every page for nobody.
     */
    @Test
    void aClientThatGoesAwayStopsTheExport() throws IOException {
        for (int i = 0; i < 150; i++) {
            fixture.document(fixture.hrLibrary, "a long enough name for a payslip of the year " + i + ".pdf", "PAYROLL",
                    LocalDate.of(2012, 1, 1).plusDays(i));
        }
        webScript.execute(request(Map.of()), response);
        int wholeExport = fixture.database.queries.size();
        fixture.database.queries.clear();
        java.io.OutputStream gone = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        when(response.getOutputStream()).thenReturn(gone);

        assertThatThrownBy(() -> webScript.execute(request(Map.of()), response)).isInstanceOf(IOException.class);
        assertThat(fixture.database.queries).hasSizeLessThan(wholeExport / 2);
    }

    @Test
    void aBadParameterIsA400BeforeAnythingIsWritten() throws IOException {
        assertThatThrownBy(() -> webScript.execute(request(Map.of("status", new String[] {"GONE"})), response))
                .isInstanceOf(WebScriptException.class).extracting("status").isEqualTo(400);
        assertThatThrownBy(() -> webScript.execute(request(Map.of("orderBy", new String[] {"name"})), response))
                .isInstanceOf(WebScriptException.class).extracting("status").isEqualTo(400);
        verify(response, never()).getOutputStream();
    }

    private static WebScriptRequest request(Map<String, String[]> parameters) {
        Map<String, String[]> all = new LinkedHashMap<>(parameters);
        WebScriptRequest request = mock(WebScriptRequest.class);
        when(request.getParameterNames()).thenReturn(all.keySet().toArray(String[]::new));
        when(request.getParameterValues(anyString())).thenAnswer(call -> all.get(call.<String>getArgument(0)));
        when(request.getParameter(anyString())).thenAnswer(call -> {
            String[] values = all.get(call.<String>getArgument(0));
            return values == null ? null : values[0];
        });
        return request;
    }
}
