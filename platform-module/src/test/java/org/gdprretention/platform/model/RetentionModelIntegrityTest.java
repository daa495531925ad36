package org.gdprretention.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What ACS's dictionary checks when it loads a model and the XSD cannot: names resolve, data types exist, every
 * name is in a declared or imported namespace and unique. A failure here would stop the repository from starting.
 */
class RetentionModelIntegrityTest {

    private static final ContentModelXml MODEL = ContentModelXml.retentionModel();

    /** The data types of ACS's dictionary model (d:). */
    private static final Set<String> DICTIONARY_TYPES = Set.of("d:any", "d:encrypted", "d:text", "d:mltext",
            "d:content", "d:int", "d:long", "d:float", "d:double", "d:date", "d:datetime", "d:boolean", "d:qname",
            "d:noderef", "d:childassocref", "d:assocref", "d:path", "d:category", "d:locale", "d:version",
            "d:period");

    @Test
    void modelIsNamedInItsOwnNamespaceAndImportsWhatItUses() {
        assertThat(MODEL.name()).isEqualTo("gdpr:retentionModel");
        assertThat(MODEL.imports()).containsOnly(
                Map.entry("d", "http://www.alfresco.org/model/dictionary/1.0"),
                Map.entry("cm", "http://www.alfresco.org/model/content/1.0"),
                Map.entry("sys", "http://www.alfresco.org/model/system/1.0"));
        assertThat(MODEL.description()).isNotBlank();
    }

    @Test
    void everyDeclaredNameUsesTheModelPrefix() {
        Stream<String> names = Stream.of(
                MODEL.classes().stream().map(ModelClass::name),
                MODEL.properties().stream().map(ModelProperty::name),
                MODEL.associations().stream().map(ModelAssociation::name),
                MODEL.constraints().stream().map(ModelConstraint::name)).flatMap(s -> s);

        assertThat(names.toList()).allMatch(name -> name.matches("gdpr:[a-z][A-Za-z]+"), "gdpr:<camelCase>");
    }

    @Test
    void namesAreUniqueWithinTheModel() {
        List<String> names = Stream.of(
                MODEL.classes().stream().map(ModelClass::name),
                MODEL.properties().stream().map(ModelProperty::name),
                MODEL.associations().stream().map(ModelAssociation::name)).flatMap(s -> s).toList();

        assertThat(names).doesNotHaveDuplicates();
        assertThat(MODEL.constraints().stream().map(ModelConstraint::name).toList()).doesNotHaveDuplicates();
    }

    @Test
    void theExpectedClassesAreDeclared() {
        assertThat(MODEL.aspects().stream().map(ModelClass::name)).containsExactlyInAnyOrder(
                "gdpr:retainable", "gdpr:legalHold", "gdpr:dataSubject", "gdpr:templateBinding", "gdpr:auditHead",
                "gdpr:catalogueRevision", "gdpr:recomputePending", "gdpr:extensionRequest");
        assertThat(MODEL.types().stream().map(ModelClass::name)).containsExactlyInAnyOrder(
                "gdpr:retentionTypeDefinition", "gdpr:contactMoment", "gdpr:disposalRecord", "gdpr:auditEntry",
                "gdpr:consentRequest");
        assertThat(MODEL.types()).allSatisfy(t -> assertThat(t.parent()).isEqualTo("cm:cmobject"));
    }

    @Test
    void everyPropertyHasADictionaryDataType() {
        assertThat(MODEL.properties()).allSatisfy(
                p -> assertThat(p.dataType()).as("type of %s", p.name()).isIn(DICTIONARY_TYPES));
    }

    @Test
    void everyConstraintReferenceResolves() {
        Set<String> declared = MODEL.constraints().stream().map(ModelConstraint::name).collect(Collectors.toSet());

        assertThat(MODEL.properties().stream().flatMap(p -> p.constraintRefs().stream()).toList())
                .isNotEmpty()
                .allMatch(declared::contains, "a declared constraint");
    }

    @Test
    void everyDeclaredConstraintIsUsed() {
        Set<String> used = MODEL.properties().stream().flatMap(p -> p.constraintRefs().stream())
                .collect(Collectors.toSet());

        assertThat(MODEL.constraints()).allSatisfy(c -> assertThat(used).as("uses of %s", c.name()).contains(c.name()));
    }

    @Test
    void contactMomentsAreAnOptionalUnorderedChildAssociationToContactMoment() {
        ModelAssociation moments = MODEL.modelClass("gdpr:retainable").associations().get(0);

        assertThat(moments.name()).isEqualTo("gdpr:contactMoments");
        assertThat(moments.child()).isTrue();
        assertThat(moments.targetClass()).isEqualTo("gdpr:contactMoment");
        assertThat(moments.targetMany()).isTrue();
        assertThat(moments.targetMandatory()).isFalse();
        assertThat(moments.duplicate()).isFalse();
        // A new contact moment must not touch the document's modified date: that date can be a start trigger.
        assertThat(moments.propagateTimestamps()).isFalse();
        assertThat(MODEL.associations()).allSatisfy(
                a -> assertThat(MODEL.modelClass(a.targetClass()).kind()).isEqualTo(ModelClass.Kind.TYPE));
    }

    @Test
    void mandatoryPropertiesAreTheOnesWithoutWhichTheNodeMeansNothing() {
        assertThat(MODEL.properties().stream().filter(ModelProperty::mandatory).map(ModelProperty::name))
                .containsExactlyInAnyOrder("gdpr:typeCode", "gdpr:holdReason", "gdpr:boundRetentionType",
                        "gdpr:momentKind",
                        // an audit entry without its place, time, actor, action, subject or hashes proves nothing
                        "gdpr:auditSequence", "gdpr:auditTime", "gdpr:auditActor", "gdpr:auditAction",
                        "gdpr:auditSubject", "gdpr:auditPreviousHash", "gdpr:auditHash",
                        // a pending extension request is its id, its requester, its time and its reason
                        "gdpr:extensionRequestId", "gdpr:extensionRequestedBy", "gdpr:extensionRequestedAt",
                        "gdpr:extensionReason",
                        // a consent request without its subject, documents, deadline or state cannot be answered
                        "gdpr:consentSubjectId", "gdpr:consentDocuments", "gdpr:consentExpiresAt",
                        "gdpr:consentRequestState");
    }

    @Test
    void multiValuedPropertiesAreOnlyTheExtensionBinaryAndConsentDocumentLists() {
        assertThat(MODEL.properties().stream().filter(ModelProperty::multiple).map(ModelProperty::name))
                .containsExactlyInAnyOrder("gdpr:grantedExtensions", "gdpr:binariesRemoved", "gdpr:binariesKept",
                        "gdpr:consentDocuments");
    }

    /**
     * Every data subject property of the {@code gdpr:dataSubject} aspect (dossier) has its copy on
     * {@code gdpr:retainable} (the document), as {@code DataSubjectResolver} copies them: {@code gdpr:dataSubjectX}
     * to {@code gdpr:subjectX}, same data type, optional, single-valued. The language chooses the consent mail.
     */
    @Test
    void everyDataSubjectPropertyHasItsCopyOnTheDocument() {
        List<ModelProperty> dossier = MODEL.modelClass("gdpr:dataSubject").properties().stream()
                .filter(p -> p.name().startsWith("gdpr:dataSubject")).toList();
        Map<String, ModelProperty> document = MODEL.modelClass("gdpr:retainable").properties().stream()
                .collect(Collectors.toMap(ModelProperty::name, p -> p));

        assertThat(dossier.stream().map(ModelProperty::name)).containsExactlyInAnyOrder("gdpr:dataSubjectId",
                "gdpr:dataSubjectName", "gdpr:dataSubjectEmail", "gdpr:dataSubjectLanguage");
        assertThat(dossier).allSatisfy(p -> {
            ModelProperty copy = document.get(p.name().replace("gdpr:dataSubject", "gdpr:subject"));
            assertThat(copy).as("copy of %s", p.name()).isNotNull();
            assertThat(copy.dataType()).isEqualTo(p.dataType()).isEqualTo("d:text");
            assertThat(copy.mandatory() || p.mandatory() || copy.multiple() || p.multiple()).isFalse();
        });
    }
}
