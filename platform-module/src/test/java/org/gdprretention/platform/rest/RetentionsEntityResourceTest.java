package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.rest.api.RetentionsEntityResource;
import org.gdprretention.platform.rest.model.Retention;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.extensions.surf.util.I18NUtil;

/** GET /retentions and /retentions/{nodeId} on the repository double, as reader, officer and administrator. */
class RetentionsEntityResourceTest {

    private final RestFixture fixture = new RestFixture();
    private final RetentionsEntityResource resource = fixture.retentions();
    private NodeRef expired;
    private NodeRef expiring;
    private NodeRef active;
    private NodeRef pending;
    private NodeRef held;
    private NodeRef privateExpired;

    @BeforeEach
    void documents() {
        active = fixture.document(fixture.hrLibrary, "salary 2024.pdf", "PAYROLL", LocalDate.of(2024, 1, 1));
        pending = fixture.document(fixture.hrLibrary, "payslip pending.pdf", "PAYROLL", null);
        expired = fixture.document(fixture.hrLibrary, "Salary 2016.pdf", "PAYROLL", LocalDate.of(2017, 1, 1));
        // the stored status is stale: the overview evaluates it now
        fixture.repository.nodeService().setProperty(expired, RetentionModel.PROP_STATUS, "ACTIVE");
        expiring = fixture.document(fixture.companyHome, "vog jansen.pdf", "VOG", LocalDate.of(2025, 6, 1));
        held = fixture.document(fixture.hrLibrary, "dispute.pdf", "PAYROLL", LocalDate.of(2016, 1, 1));
        fixture.hold(held, "court case");
        privateExpired = fixture.document(fixture.privateFolder, "private.pdf", "PAYROLL", LocalDate.of(2015, 1, 1));
    }

    @AfterEach
    void resetLocale() {
        I18NUtil.setLocale(null);
    }

    @Test
    void aReaderSeesWhatTheyCanReadInExpiryOrderWithTheStatusEvaluatedNow() {
        List<Retention> entries = list("");

        assertThat(entries).extracting(Retention::getName).containsExactly("dispute.pdf", "Salary 2016.pdf",
                "vog jansen.pdf", "salary 2024.pdf", "payslip pending.pdf");
        assertThat(entries).extracting(Retention::getStatus).containsExactly("ON_HOLD", "EXPIRED", "EXPIRING",
                "ACTIVE", "PENDING_START");
        assertThat(entries.get(1).getExpiryDate()).isEqualTo("2024-01-01");
        assertThat(entries.get(4).getExpiryDate()).isNull();
        assertThat(entries).extracting(Retention::isCanPurge).containsOnly(false);
        assertThat(entries.get(1).getSite()).isEqualTo("hr");
        assertThat(entries.get(2).getSite()).isNull();
    }

    @Test
    void anOfficerMayPurgeOnlyExpiredDocumentsThatAreNotHeld() {
        fixture.actAs(RestFixture.OFFICER);

        List<Retention> entries = list("");

        assertThat(entries).filteredOn(Retention::isCanPurge).extracting(Retention::getId)
                .containsExactly(expired.getId());
        assertThat(entries).extracting(Retention::getId).doesNotContain(privateExpired.getId());
    }

    @Test
    void theAdministratorSeesTheDocumentsOfPrivateFoldersToo() {
        fixture.actAs(RestFixture.ADMIN);

        List<Retention> entries = list("status=EXPIRED");

        assertThat(entries).extracting(Retention::getId).containsExactly(privateExpired.getId(), expired.getId());
        assertThat(entries).extracting(Retention::isCanPurge).containsOnly(true);
    }

    @Test
    void aFolderTheCallerCannotReadShowsNothingWhileItsOwnerSeesItsDocuments() {
        fixture.actAs("nobody");
        CollectionWithPagingInfo<Retention> page = resource.readAll(RestRequest.query("text=private").parameters());
        assertThat(page.getCollection()).isEmpty();
        assertThat(page.hasMoreItems()).isFalse();

        fixture.actAs("piet");
        assertThat(names("text=private")).containsExactly("private.pdf");
    }

    @Test
    void filtersCombine() {
        assertThat(names("status=EXPIRED,EXPIRING")).containsExactly("Salary 2016.pdf", "vog jansen.pdf");
        assertThat(names("status=EXPIRED&status=PENDING_START")).containsExactly("Salary 2016.pdf",
                "payslip pending.pdf");
        assertThat(names("retentionType=VOG")).containsExactly("vog jansen.pdf");
        assertThat(names("category=CERTIFICATES")).containsExactly("vog jansen.pdf");
        assertThat(names("expiryFrom=2024-01-01&expiryTo=2025-06-29")).containsExactly("Salary 2016.pdf",
                "vog jansen.pdf");
        assertThat(names("expiryFrom=2024-01-02&expiryTo=2025-06-28")).isEmpty();
        assertThat(names("onHold=true")).containsExactly("dispute.pdf");
        assertThat(names("site=hr&onHold=false")).containsExactly("Salary 2016.pdf", "salary 2024.pdf",
                "payslip pending.pdf");
        assertThat(names("text=alary")).containsExactly("Salary 2016.pdf", "salary 2024.pdf");
        assertThat(names("consentStatus=GRANTED")).isEmpty();
    }

    @Test
    void theDatabaseAnswersTheQueriesWithoutTheIndex() {
        list("retentionType=PAYROLL&expiryFrom=2020-01-01&text=Salary");

        assertThat(fixture.database.queries).isNotEmpty().allSatisfy(query -> {
            assertThat(query.getLanguage()).isEqualTo(SearchService.LANGUAGE_CMIS_ALFRESCO);
            assertThat(query.getQueryConsistency()).isEqualTo(QueryConsistency.TRANSACTIONAL_IF_POSSIBLE);
            assertThat(query.getQuery()).contains("r.gdpr:retentionType = 'PAYROLL'")
                    .contains("d.cmis:name LIKE '%Salary%'").contains("ORDER BY");
            assertThat(query.getSkipCount()).isZero();
        });
        assertThat(fixture.database.queries).extracting(SearchParameters::getQuery).noneMatch(q -> q.contains("IN_TREE"));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrOverlap() {
        CollectionWithPagingInfo<Retention> first = resource.readAll(
                RestRequest.query("maxItems=2").parameters());
        CollectionWithPagingInfo<Retention> second = resource.readAll(
                RestRequest.query("maxItems=2&skipCount=2").parameters());
        CollectionWithPagingInfo<Retention> last = resource.readAll(
                RestRequest.query("maxItems=2&skipCount=4").parameters());

        assertThat(first.hasMoreItems()).isTrue();
        assertThat(second.hasMoreItems()).isTrue();
        assertThat(last.hasMoreItems()).isFalse();
        assertThat(List.of(first, second, last)).flatExtracting(page -> page.getCollection().stream()
                .map(Retention::getName).toList()).containsExactly("dispute.pdf", "Salary 2016.pdf",
                "vog jansen.pdf", "salary 2024.pdf", "payslip pending.pdf");
        assertThat(first.getTotalItems()).isNull(); // expiry order is read without counting the rest
    }

    @Test
    void otherOrdersCountTheTotal() {
        CollectionWithPagingInfo<Retention> page = resource.readAll(
                RestRequest.query("orderBy=name%20DESC&maxItems=2").parameters());

        assertThat(page.getCollection()).extracting(Retention::getName).containsExactly("vog jansen.pdf",
                "salary 2024.pdf");
        assertThat(page.getTotalItems()).isEqualTo(5);
        assertThat(page.hasMoreItems()).isTrue();
        assertThat(names("orderBy=status")).containsExactly("payslip pending.pdf", "salary 2024.pdf",
                "vog jansen.pdf", "Salary 2016.pdf", "dispute.pdf");
        assertThat(names("orderBy=expiryDate%20DESC")).containsExactly("salary 2024.pdf", "vog jansen.pdf",
                "Salary 2016.pdf", "dispute.pdf", "payslip pending.pdf");
    }

    @Test
    void labelsFollowTheCallersLocale() {
        I18NUtil.setLocale(Locale.forLanguageTag("nl-NL"));
        assertThat(list("retentionType=VOG").get(0).getRetentionType().getLabel())
                .isEqualTo("Verklaring omtrent het gedrag (VOG)");

        I18NUtil.setLocale(Locale.ENGLISH);
        assertThat(list("retentionType=VOG").get(0).getRetentionType().getLabel())
                .isEqualTo("Certificate of conduct (VOG)");
    }

    @Test
    void thePathComesOnlyWhenAskedFor() {
        assertThat(list("retentionType=VOG").get(0).getPath()).isNull();
        assertThat(list("retentionType=VOG&include=path").get(0).getPath()).isEqualTo("/Company Home");
        assertThat(list("site=hr&include=path").get(0).getPath()).isEqualTo("/Company Home/Sites/hr/documentLibrary");
    }

    @Test
    void badRequestsAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> list("maxItems=1001")).isInstanceOf(InvalidArgumentException.class)
                .extracting("msgId").isEqualTo("gdpr.rest.error.maxItems");
        assertThatThrownBy(() -> list("statuss=EXPIRED")).isInstanceOf(InvalidArgumentException.class)
                .extracting("msgId").isEqualTo("gdpr.rest.error.unknownParameter");
        assertThatThrownBy(() -> list("status=expired")).extracting("msgId").isEqualTo("gdpr.rest.error.enumValue");
        assertThatThrownBy(() -> list("expiryFrom=2025-02-30")).extracting("msgId").isEqualTo("gdpr.rest.error.day");
        assertThatThrownBy(() -> list("expiryFrom=2025-02-02&expiryTo=2025-02-01")).extracting("msgId")
                .isEqualTo("gdpr.rest.error.expiryRange");
        assertThatThrownBy(() -> list("site=hr&site=finance")).extracting("msgId")
                .isEqualTo("gdpr.rest.error.repeatedParameter");
        assertThatThrownBy(() -> list("orderBy=created")).extracting("msgId").isEqualTo("gdpr.rest.error.orderBy");
        assertThatThrownBy(() -> list("orderBy=name&skipCount=9999")).extracting("msgId")
                .isEqualTo("gdpr.rest.error.sortedWindow");
        assertThatThrownBy(() -> list("template=workspace://SpacesStore/abc")).extracting("msgId")
                .isEqualTo("gdpr.rest.error.nodeId");
    }

    @Test
    void oneDocumentComesWithItsContactMomentsOldestFirst() {
        moment(expired, "EXPIRY_NOTIFIED", "2025-01-02T08:00:00Z");
        moment(expired, "EXTENSION_REQUESTED", "2024-12-01T10:30:00Z");

        Retention one = resource.readById(expired.getId(), RestRequest.query("").parameters());

        assertThat(one.getName()).isEqualTo("Salary 2016.pdf");
        assertThat(one.getContactMoments()).extracting("kind").containsExactly("EXTENSION_REQUESTED",
                "EXPIRY_NOTIFIED");
        assertThat(one.getContactMoments().get(0).getAt()).isEqualTo("2024-12-01T11:30:00+01:00");
    }

    @Test
    void aDocumentTheCallerCannotReadOrWithoutRetentionIsNotFound() {
        NodeRef plain = fixture.repository.document(fixture.hrLibrary, Map.of());

        assertThatThrownBy(() -> resource.readById(privateExpired.getId(), RestRequest.query("").parameters()))
                .isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> resource.readById(plain.getId(), RestRequest.query("").parameters()))
                .isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> resource.readById("not-a-node", RestRequest.query("").parameters()))
                .isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> resource.readById("../" + expired.getId(), RestRequest.query("").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void aDocumentImportedWithItsOwnNodeIdIsReadLikeAnyOther() {
        NodeRef imported = fixture.document(new NodeRef("workspace://SpacesStore/HR-contract_2019.0001"),
                fixture.hrLibrary, "imported contract.pdf", "PAYROLL", LocalDate.of(2017, 1, 1));

        Retention one = resource.readById(imported.getId(), RestRequest.query("").parameters());

        assertThat(one.getId()).isEqualTo("HR-contract_2019.0001");
        assertThat(one.getName()).isEqualTo("imported contract.pdf");
        assertThat(names("template=" + imported.getId())).isEmpty();
    }

    private void moment(NodeRef document, String kind, String at) {
        fixture.repository.nodeService().createNode(document, RetentionModel.ASSOC_CONTACT_MOMENTS,
                RetentionModel.ASSOC_CONTACT_MOMENTS, RetentionModel.TYPE_CONTACT_MOMENT, Map.of(
                        RetentionModel.PROP_MOMENT_KIND, kind, RetentionModel.PROP_MOMENT_CHANNEL, "TASK",
                        RetentionModel.PROP_MOMENT_ACTOR, RestFixture.OFFICER,
                        RetentionModel.PROP_MOMENT_AT, Date.from(java.time.Instant.parse(at))));
    }

    private List<Retention> list(String query) {
        return List.copyOf(resource.readAll(RestRequest.query(query).parameters()).getCollection());
    }

    private List<String> names(String query) {
        return list(query).stream().map(Retention::getName).toList();
    }
}
