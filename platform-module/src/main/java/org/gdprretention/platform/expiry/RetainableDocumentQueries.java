package org.gdprretention.platform.expiry;

import java.time.Instant;
import org.alfresco.model.ContentModel;
import org.gdprretention.platform.batch.KeyedQuery;
import org.gdprretention.platform.model.RetentionModel;

/**
 * The database queries that find retainable documents in bulk. Both are CMIS-alfresco, the query language in which
 * ACS's database (transactional metadata query) answers comparisons on dates; an FTS
 * range on {@code gdpr:expiryDate} is not answered there and would fall back to the index (eventually
 * consistent) or, with {@code noindex}, to nothing. Each is paged by a date key ({@link KeyedQuery}).
 */
public final class RetainableDocumentQueries {

    private RetainableDocumentQueries() {
    }

    /**
     * Documents of one retention type, paged by creation date: a key every document has (a document waiting for
     * its start has no expiry date yet) and that recomputing never changes.
     */
    public static KeyedQuery ofType(String code) {
        return KeyedQuery.select("SELECT d.* FROM cmis:document AS d JOIN gdpr:retainable AS r"
                        + " ON d.cmis:objectId = r.cmis:objectId", "d.cmis:creationDate", ContentModel.PROP_CREATED)
                .where("r.gdpr:retentionType = " + KeyedQuery.text(code));
    }

    /**
     * Documents of one retention type whose retention was computed with other rules than {@code rules} (see
     * {@link ComputedRules}), or before the fingerprint was stored.
     */
    public static KeyedQuery ofTypeComputedWithOtherRules(String code, String rules) {
        return ofType(code).where("(r.gdpr:computedRules <> " + KeyedQuery.text(rules)
                + " OR r.gdpr:computedRules IS NULL)");
    }

    /** Documents whose expiry date is before {@code before} (the start of tomorrow), paged by expiry date. */
    public static KeyedQuery expiryReached(Instant before) {
        return KeyedQuery.select("SELECT * FROM gdpr:retainable", "gdpr:expiryDate", RetentionModel.PROP_EXPIRY_DATE)
                .where("gdpr:expiryDate < " + KeyedQuery.timestamp(before));
    }
}
