package org.gdprretention.platform.rest.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.gdprretention.platform.rest.RestJson;

/** Fixture comparison of JSON as written: numbers compare by value, whether the bean held an int or a long. */
final class AdminJson {

    private AdminJson() {
    }

    static void assertMatchesFixture(JsonNode actual, String fixture) {
        // Written and read again, as a client reads it: a long 2148 and a fixture's 2148 are the same number.
        RestJson.assertMatchesFixture(RestJson.parse(actual.toString()), fixture);
    }
}
