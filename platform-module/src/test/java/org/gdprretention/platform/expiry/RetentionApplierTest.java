package org.gdprretention.platform.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_DATA_SUBJECT;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_LEGAL_HOLD;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RETAINABLE;
import static org.gdprretention.platform.model.RetentionModel.PROP_CATEGORY;
import static org.gdprretention.platform.model.RetentionModel.PROP_CONSENT_STATUS;
import static org.gdprretention.platform.model.RetentionModel.PROP_DATA_SUBJECT_EMAIL;
import static org.gdprretention.platform.model.RetentionModel.PROP_DATA_SUBJECT_ID;
import static org.gdprretention.platform.model.RetentionModel.PROP_DATA_SUBJECT_NAME;
import static org.gdprretention.platform.model.RetentionModel.PROP_EXPIRY_DATE;
import static org.gdprretention.platform.model.RetentionModel.PROP_GRANTED_EXTENSIONS;
import static org.gdprretention.platform.model.RetentionModel.PROP_RELATIONSHIP_END;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_START;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_TYPE;
import static org.gdprretention.platform.model.RetentionModel.PROP_STATUS;
import static org.gdprretention.platform.model.RetentionModel.PROP_SUBJECT_EMAIL;
import static org.gdprretention.platform.model.RetentionModel.PROP_SUBJECT_ID;
import static org.gdprretention.platform.model.RetentionModel.PROP_SUBJECT_NAME;
import static org.gdprretention.platform.model.RetentionModel.PROP_TEMPLATE;
import static org.gdprretention.platform.model.RetentionModel.PROP_TEMPLATE_REF;
import static org.gdprretention.platform.testsupport.FakeRepository.date;
import static org.gdprretention.platform.testsupport.FakeRepository.instant;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.catalogue.StartTrigger;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.junit.jupiter.api.Test;

class RetentionApplierTest {

    private static final QName CM_FROM = QName.createQName(ContentModel.PROP_CREATED.getNamespaceURI(), "from");
    private static final RetentionType CONTRACT = RetentionType.builder().code("CONTRACT").period("P1Y")
            .startTrigger(StartTrigger.EXPLICIT_DATE).category(RetentionCategory.OTHER)
            .label("en", "Contract").label("nl", "Contract").build();

    private final RetentionFixture fixture = new RetentionFixture(DefaultRetentionTypes.netherlands().with(CONTRACT));
    private final FakeRepository repository = fixture.repository;
    private final RetentionApplier applier = fixture.applier;
    private final NodeRef site = repository.folder(null, "documentLibrary");

    @Test
    void aSystemRecomputeLeavesModifiedAndModifierAloneAndMakesNoVersion() {
        java.util.Date modified = FakeRepository.instant("2025-05-02T08:00:00Z");
        NodeRef document = repository.document(site, Map.of(ContentModel.PROP_CREATED,
                FakeRepository.instant("2025-05-01T10:00:00Z"), ContentModel.PROP_MODIFIED, modified,
                ContentModel.PROP_MODIFIER, "jan"));
        repository.addAspect(document, ContentModel.ASPECT_VERSIONABLE, Map.of());
        repository.addAspect(document, RetentionModel.ASPECT_RETAINABLE, Map.of(RetentionModel.PROP_RETENTION_TYPE, "VOG"));

        org.alfresco.repo.security.authentication.AuthenticationUtil.runAsSystem(() -> {
            applier.recompute(document);
            return null;
        });

        assertThat(repository.property(document, RetentionModel.PROP_EXPIRY_DATE)).isNotNull();
        assertThat(repository.property(document, ContentModel.PROP_MODIFIER)).isEqualTo("jan");
        assertThat(repository.property(document, ContentModel.PROP_MODIFIED)).isEqualTo(modified);
        assertThat(repository.versionsMade(document)).isZero();
        assertThat(repository.behaviourFilter().allEnabled()).as("enabled again afterwards").isTrue();
    }

    @Test
    void theBehavioursAreEnabledAgainWhenTheWriteFails() {
        NodeRef document = repository.document(site, Map.of(ContentModel.PROP_CREATED,
                FakeRepository.instant("2025-05-01T10:00:00Z")));
        repository.addAspect(document, RetentionModel.ASPECT_RETAINABLE, Map.of(RetentionModel.PROP_RETENTION_TYPE, "VOG"));
        org.mockito.Mockito.doThrow(new IllegalStateException("locked")).when(repository.nodeService())
                .addProperties(org.mockito.ArgumentMatchers.eq(document), org.mockito.ArgumentMatchers.anyMap());

        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> applier.recompute(document));

        assertThat(repository.behaviourFilter().allEnabled()).isTrue();
    }

    @Test
    void creationDateTypeCountsFromCmCreated() {
        NodeRef document = retainable(site, "CANDIDATE_PROFILE", instant("2025-01-10T09:30:00Z"));

        applier.recompute(document);

        assertThat(repository.property(document, PROP_RETENTION_START)).isEqualTo(date("2025-01-10"));
        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2027-01-10"));
        assertThat(repository.property(document, PROP_STATUS)).isEqualTo("ACTIVE");
        assertThat(repository.property(document, PROP_CATEGORY)).isEqualTo("DOSSIER_TASKS_CONTACTS");
    }

    @Test
    void creationLateInTheEveningCountsAsThatDayInAmsterdam() {
        NodeRef document = retainable(site, "CANDIDATE_PROFILE", instant("2025-01-09T23:30:00Z"));

        applier.recompute(document);

        assertThat(repository.property(document, PROP_RETENTION_START)).isEqualTo(date("2025-01-10"));
    }

    @Test
    void propertyTriggerTakesTheDateAndSubjectFromTheDossierFolder() {
        NodeRef dossier = dossier("2024-03-31");
        NodeRef document = retainable(repository.folder(dossier, "contracts"), "PERSONNEL_FILE",
                instant("2020-05-01T10:00:00Z"));

        applier.recompute(document);

        assertThat(repository.property(document, PROP_RETENTION_START)).isEqualTo(date("2024-03-31"));
        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2026-03-31"));
        assertThat(repository.property(document, PROP_STATUS)).isEqualTo("ACTIVE");
        assertThat(repository.property(document, PROP_SUBJECT_ID)).isEqualTo("E-1001");
        assertThat(repository.property(document, PROP_SUBJECT_EMAIL)).isEqualTo("jan@example.org");
        assertThat(repository.property(document, PROP_SUBJECT_NAME)).isEqualTo("Jan Jansen");
        assertThat(repository.property(document, RetentionModel.PROP_SUBJECT_LANGUAGE)).isEqualTo("en");
    }

    @Test
    void theSubjectsLanguageComesWithTheSubjectAndNotFromAnotherOne() {
        NodeRef dossier = dossier("2024-03-31");
        NodeRef document = retainable(dossier, "PERSONNEL_FILE", instant("2020-05-01T10:00:00Z"));
        // set on the document by a client: the dossier's subject and language beat it, as for id, e-mail and name
        repository.properties(document).put(RetentionModel.PROP_SUBJECT_LANGUAGE, "nl");
        applier.recompute(document);
        assertThat(repository.property(document, RetentionModel.PROP_SUBJECT_LANGUAGE)).isEqualTo("en");

        // the document's own subject without a language: no language from the dossier's (other) subject
        repository.addAspect(document, ASPECT_DATA_SUBJECT, Map.of(PROP_DATA_SUBJECT_ID, "E-7"));
        applier.recompute(document);

        assertThat(repository.property(document, PROP_SUBJECT_ID)).isEqualTo("E-7");
        assertThat(repository.property(document, RetentionModel.PROP_SUBJECT_LANGUAGE)).isNull();
    }

    @Test
    void aDateOnTheDocumentItselfBeatsTheDossier() {
        NodeRef document = retainable(dossier("2024-03-31"), "PERSONNEL_FILE", instant("2020-05-01T10:00:00Z"));
        repository.addAspect(document, ASPECT_DATA_SUBJECT,
                Map.of(PROP_RELATIONSHIP_END, date("2023-12-31"), PROP_DATA_SUBJECT_ID, "E-7"));

        applier.recompute(document);

        assertThat(repository.property(document, PROP_RETENTION_START)).isEqualTo(date("2023-12-31"));
        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2025-12-31"));
        assertThat(repository.property(document, PROP_SUBJECT_ID)).isEqualTo("E-7");
    }

    @Test
    void unknownStartDateLeavesTheDocumentPendingWithoutExpiry() {
        NodeRef document = retainable(dossier(null), "PERSONNEL_FILE", instant("2020-05-01T10:00:00Z"));
        // computed earlier, when the dossier still had an end date that has since been cleared
        repository.properties(document).put(PROP_RETENTION_START, date("2024-03-31"));
        repository.properties(document).put(PROP_EXPIRY_DATE, date("2026-03-31"));

        applier.recompute(document);

        assertThat(repository.property(document, PROP_STATUS)).isEqualTo("PENDING_START");
        assertThat(repository.properties(document)).containsEntry(PROP_EXPIRY_DATE, null)
                .containsEntry(PROP_RETENTION_START, null);
    }

    @Test
    void explicitDateTypeUsesTheRetentionStartAsSet() {
        NodeRef document = retainable(site, "CONTRACT", instant("2020-05-01T10:00:00Z"));
        repository.properties(document).put(PROP_RETENTION_START, date("2025-02-01"));

        applier.recompute(document);

        assertThat(repository.property(document, PROP_RETENTION_START)).isEqualTo(date("2025-02-01"));
        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2026-02-01"));
    }

    @Test
    void grantedExtensionsAreKeptWhenRecomputing() {
        NodeRef document = retainable(site, "CANDIDATE_PROFILE", instant("2023-01-10T10:00:00Z"));
        repository.properties(document).put(PROP_GRANTED_EXTENSIONS, new ArrayList<>(List.of("P1Y")));

        applier.recompute(document);

        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2026-01-10"));
        assertThat(repository.property(document, PROP_STATUS)).isEqualTo("ACTIVE");
        assertThat(repository.property(document, PROP_GRANTED_EXTENSIONS)).isEqualTo(List.of("P1Y"));
    }

    @Test
    void aDocumentOnHoldIsOnHoldWhateverItsDates() {
        NodeRef document = retainable(site, "VOG", instant("2024-01-10T10:00:00Z"));
        repository.addAspect(document, ASPECT_LEGAL_HOLD, Map.of());

        applier.recompute(document);

        assertThat(repository.property(document, PROP_STATUS)).isEqualTo("ON_HOLD");
        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2024-02-07"));
    }

    @Test
    void anUnknownRetentionTypeIsRefusedNamingTheFieldAndValue() {
        NodeRef document = retainable(site, "NO_SUCH_TYPE", instant("2025-01-10T10:00:00Z"));

        assertThatThrownBy(() -> applier.recompute(document)).isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("retentionType").hasMessageContaining("NO_SUCH_TYPE");
        verify(repository.nodeService(), never()).addProperties(any(), anyMap());
    }

    @Test
    void aTemplateCopyGetsTheBoundTypeAndRecordsTheTemplate() {
        NodeRef template = repository.document(site, Map.of(ContentModel.PROP_NAME, "Certificate.docx"));
        NodeRef copy = repository.document(site, Map.of(ContentModel.PROP_CREATED, instant("2025-03-01T08:00:00Z")));

        applier.applyFromTemplate(copy, "CERTIFICATE", "Certificate.docx", template);

        assertThat(repository.hasAspect(copy, ASPECT_RETAINABLE)).isTrue();
        assertThat(repository.property(copy, PROP_RETENTION_TYPE)).isEqualTo("CERTIFICATE");
        assertThat(repository.property(copy, PROP_CATEGORY)).isEqualTo("CERTIFICATES");
        assertThat(repository.property(copy, PROP_TEMPLATE)).isEqualTo("Certificate.docx");
        assertThat(repository.property(copy, PROP_TEMPLATE_REF)).isEqualTo(template);
        assertThat(repository.property(copy, PROP_STATUS)).isEqualTo("PENDING_START");
    }

    @Test
    void aTypeAlreadyOnTheDocumentBeatsTheTemplateAndTheRule() {
        NodeRef document = retainable(site, "CANDIDATE_PROFILE", instant("2025-01-10T10:00:00Z"));

        applier.applyFromTemplate(document, "VOG", "VOG.docx", repository.document(site, Map.of()));
        applier.applyFromRule(document, "VOG", null);

        assertThat(repository.property(document, PROP_RETENTION_TYPE)).isEqualTo("CANDIDATE_PROFILE");
        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2027-01-10"));
    }

    @Test
    void aRuleAppliesItsTypeToADocumentWithoutOne() {
        NodeRef document = repository.document(site, Map.of(ContentModel.PROP_CREATED, instant("2025-06-01T10:00:00Z")));

        applier.applyFromRule(document, "VOG", null);

        assertThat(repository.property(document, PROP_RETENTION_TYPE)).isEqualTo("VOG");
        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2025-06-29"));
        assertThat(repository.property(document, PROP_STATUS)).isEqualTo("EXPIRING");
    }

    @Test
    void aRuleStartDatePropertyBecomesTheExplicitStart() {
        NodeRef document = repository.document(site, Map.of(CM_FROM, date("2025-04-01")));

        applier.applyFromRule(document, "CONTRACT", "cm:from");

        assertThat(repository.property(document, PROP_RETENTION_START)).isEqualTo(date("2025-04-01"));
        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2026-04-01"));
    }

    @Test
    void aRuleStartDatePropertyIsRefusedForATypeWithItsOwnTrigger() {
        NodeRef document = repository.document(site, Map.of(CM_FROM, date("2025-04-01")));

        assertThatThrownBy(() -> applier.applyFromRule(document, "VOG", "cm:from"))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("start-date-property").hasMessageContaining("cm:from")
                .hasMessageContaining("CREATION_DATE");
    }

    @Test
    void anUnknownPrefixInTheStartDatePropertyIsRefused() {
        NodeRef document = repository.document(site, Map.of());

        assertThatThrownBy(() -> applier.applyFromRule(document, "CONTRACT", "hr:contractEnd"))
                .isInstanceOf(InvalidRetentionInputException.class).hasMessageContaining("hr:contractEnd");
    }

    @Test
    void applyingTwiceWritesNothingTheSecondTime() {
        NodeRef document = retainable(site, "CANDIDATE_PROFILE", instant("2025-01-10T10:00:00Z"));
        applier.recompute(document);
        Map<QName, Serializable> first = new HashMap<>(repository.properties(document));
        org.mockito.Mockito.clearInvocations(repository.nodeService());

        applier.recompute(document);

        verify(repository.nodeService(), never()).addProperties(any(), anyMap());
        assertThat(repository.properties(document)).isEqualTo(first);
    }

    @Test
    void theApplierMarksTheNodeWhileWritingSoBehavioursCanIgnoreTheEcho() {
        NodeRef document = retainable(site, "CANDIDATE_PROFILE", instant("2025-01-10T10:00:00Z"));
        List<Boolean> seenDuringWrite = new ArrayList<>();
        org.mockito.Mockito.doAnswer(call -> {
            seenDuringWrite.add(applier.isApplying(document));
            return null;
        }).when(repository.nodeService()).addProperties(any(), anyMap());

        applier.recompute(document);

        assertThat(seenDuringWrite).containsExactly(true);
        assertThat(applier.isApplying(document)).isFalse();
    }

    @Test
    void documentsWithoutTypeOrThatNoLongerExistAreLeftAlone() {
        NodeRef untyped = repository.document(site, Map.of());
        NodeRef gone = retainable(site, "VOG", instant("2025-01-10T10:00:00Z"));
        repository.delete(gone);

        applier.recompute(untyped);
        applier.recompute(gone);

        assertThat(repository.hasAspect(untyped, ASPECT_RETAINABLE)).isFalse();
        verify(repository.nodeService(), never()).addAspect(any(), any(), any());
    }

    @Test
    void retentionIsRecomputedForItsInputsAndForComputedValuesWrittenByOthers() {
        assertThat(applier.affectsRetention("PERSONNEL_FILE", java.util.Set.of(PROP_RELATIONSHIP_END))).isTrue();
        assertThat(applier.affectsRetention("VOG", java.util.Set.of(PROP_RETENTION_TYPE))).isTrue();
        assertThat(applier.affectsRetention("VOG", java.util.Set.of(PROP_DATA_SUBJECT_EMAIL))).isTrue();
        assertThat(applier.affectsRetention("VOG", java.util.Set.of(RetentionModel.PROP_DATA_SUBJECT_LANGUAGE)))
                .isTrue();
        assertThat(applier.affectsRetention("VOG", java.util.Set.of(ContentModel.PROP_TITLE))).isFalse();
        assertThat(applier.affectsRetention("VOG", java.util.Set.of(PROP_GRANTED_EXTENSIONS))).isTrue();
        // computed values written by anyone but the applier are put back (the applier's own writes never get here)
        assertThat(applier.affectsRetention("VOG", java.util.Set.of(PROP_EXPIRY_DATE))).isTrue();
        assertThat(applier.affectsRetention("VOG", java.util.Set.of(PROP_STATUS))).isTrue();
        assertThat(applier.affectsRetention("VOG", java.util.Set.of(PROP_CATEGORY))).isTrue();
        assertThat(applier.affectsRetention("VOG", java.util.Set.of(PROP_CONSENT_STATUS))).isFalse();
    }

    private NodeRef retainable(NodeRef parent, String code, java.util.Date created) {
        NodeRef document = repository.document(parent, Map.of(ContentModel.PROP_CREATED, created));
        repository.addAspect(document, ASPECT_RETAINABLE, Map.of(PROP_RETENTION_TYPE, code));
        return document;
    }

    private NodeRef dossier(String relationshipEnd) {
        NodeRef dossier = repository.folder(site, "Jan Jansen");
        Map<QName, Serializable> subject = new HashMap<>();
        subject.put(PROP_DATA_SUBJECT_ID, "E-1001");
        subject.put(PROP_DATA_SUBJECT_EMAIL, "jan@example.org");
        subject.put(PROP_DATA_SUBJECT_NAME, "Jan Jansen");
        subject.put(RetentionModel.PROP_DATA_SUBJECT_LANGUAGE, "en");
        subject.put(PROP_RELATIONSHIP_END, relationshipEnd == null ? null : date(relationshipEnd));
        repository.addAspect(dossier, ASPECT_DATA_SUBJECT, subject);
        return dossier;
    }
}
