package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.rest.framework.core.exceptions.PermissionDeniedException;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.rest.framework.resource.parameters.Paging;
import org.junit.jupiter.api.Test;

/** JSON as ACS's REST framework writes and reads it (the rules RestJson mirrors, each pinned by an example). */
class RestJsonTest {

    @Test
    void anEntryLeavesOutNullsAndBlankTextButKeepsZeroFalseAndATopLevelEmptyList() {
        Sample sample = new Sample("id-1", "  ", null, 0, false, List.of(), new Nested(null, List.of()));

        RestJson.assertMatchesFixture(RestJson.entry(sample), "sample-entry.json");
    }

    @Test
    void aListCarriesPaginationAndEachItemAsAnEntry() {
        CollectionWithPagingInfo<Sample> page = CollectionWithPagingInfo.asPaged(Paging.valueOf(10, 2),
                List.of(new Sample("a", "A", "x", 1, true, List.of("t"), null)), true, 11);

        RestJson.assertMatchesFixture(RestJson.list(page), "sample-list.json");
    }

    @Test
    void anErrorHasTheFrameworksFields() {
        assertThat(RestJson.error(new PermissionDeniedException("gdpr.rest.error.notOfficer"), 403)).isEqualTo(
                RestJson.parse("{\"error\":{\"errorKey\":\"gdpr.rest.error.notOfficer\",\"statusCode\":403,"
                        + "\"briefSummary\":\"gdpr.rest.error.notOfficer\",\"stackTrace\":\"" + RestJson.STACK_TRACE_TEXT
                        + "\",\"descriptionURL\":\"" + RestJson.DESCRIPTION_URL + "\"}}"));
    }

    @Test
    void aBodyIsReadStrictlyWithEmptyTextAsNullAndASingleValueAsAList() {
        Nested nested = RestJson.readBody("{\"name\":\"\",\"tags\":\"one\"}", Nested.class);

        assertThat(nested.getName()).isNull();
        assertThat(nested.getTags()).containsExactly("one");
        assertThatThrownBy(() -> RestJson.readBody("{\"nme\":\"x\"}", Nested.class))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> RestJson.readBody("{\"name\":", Nested.class))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> RestJson.readBodyList("[]", Nested.class))
                .isInstanceOf(InvalidArgumentException.class);
        assertThat(RestJson.readBodyList("{\"name\":\"a\"}", Nested.class)).hasSize(1);
    }

    @Test
    void anArrayWhereOneObjectIsReadIsAcs405() {
        assertThatThrownBy(() -> RestJson.readBody("[{\"name\":\"a\"}]", Nested.class))
                .isInstanceOf(org.alfresco.rest.framework.core.exceptions.UnsupportedResourceOperationException.class)
                .satisfies(e -> assertThat(RestStatus.of(e)).isEqualTo(405));
        assertThatThrownBy(() -> RestJson.readBody(" [{}]", Nested.class)).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void textAfterTheFirstJsonValueIsIgnoredAsAcsIgnoresIt() {
        // ACS's JacksonHelper leaves FAIL_ON_TRAILING_TOKENS off: no resource can refuse "{...}garbage".
        assertThat(RestJson.readBody("{\"name\":\"a\"}garbage", Nested.class).getName()).isEqualTo("a");
    }

    /** An entity as resources declare them: a plain bean. */
    public static final class Sample {
        private final String id;
        private final String name;
        private final String note;
        private final int count;
        private final boolean flag;
        private final List<String> tags;
        private final Nested nested;

        Sample(String id, String name, String note, int count, boolean flag, List<String> tags, Nested nested) {
            this.id = id;
            this.name = name;
            this.note = note;
            this.count = count;
            this.flag = flag;
            this.tags = tags;
            this.nested = nested;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getNote() {
            return note;
        }

        public int getCount() {
            return count;
        }

        public boolean isFlag() {
            return flag;
        }

        public List<String> getTags() {
            return tags;
        }

        public Nested getNested() {
            return nested;
        }
    }

    /** A nested bean: NON_EMPTY applies to its properties. */
    public static final class Nested {
        private String name;
        private List<String> tags;

        public Nested() {
        }

        Nested(String name, List<String> tags) {
            this.name = name;
            this.tags = tags;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public List<String> getTags() {
            return tags;
        }

        public void setTags(List<String> tags) {
            this.tags = tags;
        }
    }
}
