package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.gdprretention.platform.rest.RestFuzzer.BodyShape;
import org.gdprretention.platform.rest.RestFuzzer.QueryParam;
import org.junit.jupiter.api.Test;

/** The fuzzer fails an endpoint that answers a malformed request with anything but a 4xx framework exception. */
class RestFuzzerTest {

    private static RestFuzzer.Endpoint overview(RestFuzzer fuzzer) {
        return fuzzer.endpoint("GET /things")
                .query(QueryParam.enumeration("status", "ACTIVE", "EXPIRED").repeatable(), QueryParam.date("from"),
                        QueryParam.text("text", 100))
                .paging(1000).orderBy("name").include("path");
    }

    @Test
    void anEndpointThatAnswersAMalformedRequestFails() {
        assertThatThrownBy(() -> overview(new RestFuzzer(1)).call(request -> List.of()).run(50))
                .isInstanceOf(AssertionError.class).hasMessageContaining("answered []");
    }

    @Test
    void anEndpointThatFailsWithAServerErrorFails() {
        assertThatThrownBy(() -> overview(new RestFuzzer(1)).call(request -> {
            throw new IllegalStateException("boom");
        }).run(50)).isInstanceOf(AssertionError.class).hasMessageContaining("500 java.lang.IllegalStateException");
    }

    @Test
    void anEndpointThatRefusesEveryRequestPassesAndIsCountedPerStatus() {
        RestFuzzer.Report report = new RestFuzzer(1).endpoint("GET /things/{id}").nodeIdInPath().call(request -> {
            throw request.id().length() == 36 ? new EntityNotFoundException(request.id())
                    : new InvalidArgumentException("bad id");
        }).run(RestFuzzer.DEFAULT_REQUESTS);

        assertThat(report.total()).isEqualTo(RestFuzzer.DEFAULT_REQUESTS);
        assertThat(report.count(400)).isPositive();
        assertThat(report.count(404)).isPositive();
    }

    @Test
    void theFrameworkRefusesBadPagingBeforeTheResourceIsCalled() {
        List<String> reachedWithBadPaging = new ArrayList<>();
        new RestFuzzer(3).endpoint("GET /things").paging(1000).call(request -> {
            var parameters = request.parameters(); // the framework's 400 for unparsable or negative paging
            if (parameters.getPaging().getMaxItems() > 1000) {
                reachedWithBadPaging.add(request.toString());
                throw new InvalidArgumentException("maxItems");
            }
            throw new InvalidArgumentException("unknown parameter");
        }).run(200);

        assertThat(reachedWithBadPaging).isNotEmpty(); // maxItems above the endpoint's own limit is its job
    }

    @Test
    void bodiesAreReadAsTheFrameworkReadsThemAndTheSameSeedGivesTheSameRequests() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (List<String> seen : List.of(first, second)) {
            new RestFuzzer(7).endpoint("POST /purges")
                    .body(BodyShape.object().nodeIds("nodeIds", 5, true).bool("dryRun").text("reason", 10, false))
                    .call(request -> {
                        seen.add(request.toString());
                        request.body(Body.class); // unreadable JSON: the framework's 400
                        throw new InvalidArgumentException("refused by the endpoint");
                    }).run(100);
        }
        assertThat(first).hasSize(100).isEqualTo(second);
    }

    /** A body class as a resource declares it. */
    public static final class Body {
        private List<String> nodeIds;
        private Boolean dryRun;
        private String reason;

        public List<String> getNodeIds() {
            return nodeIds;
        }

        public void setNodeIds(List<String> nodeIds) {
            this.nodeIds = nodeIds;
        }

        public Boolean getDryRun() {
            return dryRun;
        }

        public void setDryRun(Boolean dryRun) {
            this.dryRun = dryRun;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
