package org.gdprretention.platform.rest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import org.alfresco.rest.framework.core.exceptions.ApiException;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.core.overview.CsvExport;
import org.gdprretention.core.overview.OverviewRow;
import org.gdprretention.platform.overview.OverviewFilter;
import org.gdprretention.platform.overview.RetentionOverview;
import org.gdprretention.platform.overview.RetentionRow;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /alfresco/s/gdpr/retentions.csv}: the overview with the same filters as {@code GET /retentions}, as
 * the calling user, in expiry order, written by the engine's {@link CsvExport} while the rows are read page by page
 * from the database (memory does not grow with the rows). UTF-8 with a byte-order mark so that spreadsheets read
 * accents; {@code Content-Disposition} names the file with today's date; cells that a spreadsheet would run as a
 * formula are neutralised by the engine. Bad parameters: 400 with the message, before anything is written.
 */
public class RetentionsCsvWebScript extends AbstractWebScript implements InitializingBean {

    static final String BYTE_ORDER_MARK = "\uFEFF";

    private RetentionOverview overview;
    private Clock clock;
    private RetentionStatusEvaluator statusEvaluator;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "overview", overview);
        PropertyCheck.mandatory(this, "clock", clock);
        PropertyCheck.mandatory(this, "statusEvaluator", statusEvaluator);
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        OverviewFilter filter;
        try {
            QueryParams params = QueryParams.of(req).allowOnly(OverviewRequest.FILTERS);
            filter = OverviewRequest.filter(params);
        } catch (ApiException e) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, e.getMessage());
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), statusEvaluator.calculator().zone());
        res.setContentType("text/csv;charset=UTF-8");
        res.setContentEncoding("UTF-8");
        res.setHeader("Content-Disposition", "attachment; filename=\"retentions-" + today + ".csv\"");
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("X-Content-Type-Options", "nosniff");
        Writer out = new BufferedWriter(new OutputStreamWriter(res.getOutputStream(), StandardCharsets.UTF_8));
        out.write(BYTE_ORDER_MARK);
        Iterator<RetentionRow> rows = overview.rows(filter);
        CsvExport.write(out, new Iterator<OverviewRow>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public OverviewRow next() {
                return rows.next().toOverviewRow();
            }
        });
        out.flush();
    }


    public void setOverview(RetentionOverview overview) {
        this.overview = overview;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setStatusEvaluator(RetentionStatusEvaluator statusEvaluator) {
        this.statusEvaluator = statusEvaluator;
    }
}
