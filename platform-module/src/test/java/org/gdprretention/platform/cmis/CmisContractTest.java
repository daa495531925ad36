package org.gdprretention.platform.cmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ObjectType;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.Property;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.SecondaryType;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.Updatability;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.spi.BindingsObjectFactory;
import org.apache.chemistry.opencmis.commons.spi.Holder;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CMIS contract of docs/cmis-contract.md, exercised with the OpenCMIS client against a real CMIS 1.1 server
 * (OpenCMIS InMemory) that holds the model's aspects as secondary types. Each test gets a fresh repository, so the
 * queries can assert exact results.
 */
class CmisContractTest {

    private static final String RETAINABLE = "P:gdpr:retainable";
    private static final ZoneId ZONE = ExpiryCalculator.DEFAULT_ZONE;
    private static final DateTimeFormatter CMIS_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

    /** The contract: every property of P:gdpr:retainable with its CMIS type and cardinality. */
    private static final Map<String, String> RETAINABLE_PROPERTIES = new TreeMap<>(Map.ofEntries(
            Map.entry("gdpr:retentionType", "STRING SINGLE"),
            Map.entry("gdpr:retentionStart", "DATETIME SINGLE"),
            Map.entry("gdpr:expiryDate", "DATETIME SINGLE"),
            Map.entry("gdpr:status", "STRING SINGLE"),
            Map.entry("gdpr:category", "STRING SINGLE"),
            Map.entry("gdpr:template", "STRING SINGLE"),
            Map.entry("gdpr:templateRef", "ID SINGLE"),
            Map.entry("gdpr:extensionCount", "INTEGER SINGLE"),
            Map.entry("gdpr:grantedExtensions", "STRING MULTI"),
            Map.entry("gdpr:computedRules", "STRING SINGLE"),
            Map.entry("gdpr:originalCreated", "DATETIME SINGLE"),
            Map.entry("gdpr:consentStatus", "STRING SINGLE"),
            Map.entry("gdpr:consentRequestedAt", "DATETIME SINGLE"),
            Map.entry("gdpr:consentRequestedFor", "DATETIME SINGLE"),
            Map.entry("gdpr:subjectId", "STRING SINGLE"),
            Map.entry("gdpr:subjectEmail", "STRING SINGLE"),
            Map.entry("gdpr:subjectName", "STRING SINGLE"),
            Map.entry("gdpr:subjectLanguage", "STRING SINGLE")));

    /** The properties the add-on computes: read-only for clients (protected in the model). */
    private static final List<String> ADD_ON_PROPERTIES = List.of("gdpr:expiryDate", "gdpr:status", "gdpr:category",
            "gdpr:template", "gdpr:templateRef", "gdpr:extensionCount", "gdpr:grantedExtensions",
            "gdpr:consentStatus", "gdpr:consentRequestedAt", "gdpr:consentRequestedFor", "gdpr:computedRules",
            "gdpr:originalCreated");

    /** The query of the contract; the Markdown contract shows it verbatim (checked by CmisContractDocTest). */
    static final String EXPIRING_BEFORE = "SELECT d.cmis:objectId, r.gdpr:expiryDate FROM cmis:document d "
            + "JOIN gdpr:retainable r ON d.cmis:objectId = r.cmis:objectId "
            + "WHERE r.gdpr:expiryDate < TIMESTAMP '%s' AND r.gdpr:retentionType IS NOT NULL "
            + "ORDER BY r.gdpr:expiryDate";

    private static final String RETAINABLE_WHERE = "SELECT d.cmis:objectId FROM cmis:document d "
            + "JOIN gdpr:retainable r ON d.cmis:objectId = r.cmis:objectId "
            + "WHERE r.gdpr:retentionType IS NOT NULL AND %s ORDER BY r.gdpr:expiryDate";

    private final ExpiryCalculator calculator = new ExpiryCalculator(ZONE);

    @TempDir
    Path tempDir;

    private InMemoryCmisServer server;
    private Session session;

    @BeforeEach
    void startServer() throws Exception {
        Path types = CmisTypeDefinitionGenerator.forRetentionModel()
                .writeSecondaryTypes(tempDir.resolve("gdpr-secondary-types.xml"));
        server = InMemoryCmisServer.start(types, tempDir);
        session = server.openSession();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @Test
    void retainableIsASecondaryTypeWithTheContractedProperties() {
        ObjectType type = session.getTypeDefinition(RETAINABLE);

        assertThat(type.getBaseTypeId()).isEqualTo(BaseTypeId.CMIS_SECONDARY);
        assertThat(type.getParentTypeId()).isEqualTo("cmis:secondary");
        assertThat(type.getQueryName()).isEqualTo("gdpr:retainable");
        Map<String, String> actual = new TreeMap<>();
        type.getPropertyDefinitions().values().stream()
                .filter(d -> d.getId().startsWith("gdpr:"))
                .forEach(d -> actual.put(d.getId(), d.getPropertyType() + " " + d.getCardinality()));
        assertThat(actual).isEqualTo(RETAINABLE_PROPERTIES);
        assertThat(type.getPropertyDefinitions().values()).filteredOn(d -> d.getId().startsWith("gdpr:"))
                .allSatisfy(d -> assertThat(d.getQueryName()).isEqualTo(d.getId()));
    }

    @Test
    void theOtherAspectsAreSecondaryTypesToo() {
        assertThat(propertyIds("P:gdpr:legalHold")).containsExactlyInAnyOrder(
                "gdpr:holdReason", "gdpr:holdSince", "gdpr:holdBy");
        assertThat(propertyIds("P:gdpr:dataSubject")).containsExactlyInAnyOrder(
                "gdpr:dataSubjectId", "gdpr:dataSubjectName", "gdpr:dataSubjectEmail", "gdpr:dataSubjectLanguage",
                "gdpr:relationshipEnd");
        assertThat(propertyIds("P:gdpr:templateBinding")).containsExactly("gdpr:boundRetentionType");
    }

    @Test
    void theAddOnsPropertiesAreReadOnlyForClientsAndTheClientsReadWrite() {
        Map<String, Updatability> updatability = new TreeMap<>();
        session.getTypeDefinition(RETAINABLE).getPropertyDefinitions().values().stream()
                .filter(d -> d.getId().startsWith("gdpr:"))
                .forEach(d -> updatability.put(d.getId(), d.getUpdatability()));

        assertThat(updatability).hasSameSizeAs(RETAINABLE_PROPERTIES);
        updatability.forEach((id, value) -> assertThat(value).as("updatability of %s", id)
                .isEqualTo(ADD_ON_PROPERTIES.contains(id) ? Updatability.READONLY : Updatability.READWRITE));
    }

    @Test
    void addingRetainableStoresTypeAndStartAndTheAddOnAddsTheComputedExpiry() {
        RetentionType personnelFile = DefaultRetentionTypes.netherlands().require("PERSONNEL_FILE");
        LocalDate start = LocalDate.of(2024, 2, 29);
        Document document = createDocument("personnel-file.pdf");

        document.updateProperties(Map.of(
                "gdpr:retentionType", personnelFile.code(),
                "gdpr:retentionStart", calendar(start)), List.of(RETAINABLE), List.of(), true);
        server.writeAsTheAddOn(document.getId(), RETAINABLE, Map.of("gdpr:expiryDate",
                calendar(calculator.expiryDate(start, personnelFile.period(), List.of()))));

        Document reread = reread(document);
        assertThat(secondaryTypeIds(reread)).contains(RETAINABLE);
        assertThat((String) reread.getPropertyValue("gdpr:retentionType")).isEqualTo("PERSONNEL_FILE");
        assertThat(localDate(reread.getPropertyValue("gdpr:retentionStart"))).isEqualTo(start);
        // Two years from a leap day end on the last day of February.
        assertThat(localDate(reread.getPropertyValue("gdpr:expiryDate"))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aClientCannotWriteWhatTheAddOnComputes() {
        String id = retainable("shortened.pdf", "PAYROLL", LocalDate.of(2031, 1, 1));
        Document document = (Document) session.getObject(id);

        // The OpenCMIS client leaves read-only properties out of the request; a client that sends them anyway
        // is refused by the server (ACS: "Property gdpr:expiryDate is read-only!").
        for (Map.Entry<String, Object> write : Map.<String, Object>of(
                "gdpr:expiryDate", calendar(LocalDate.of(2020, 1, 1)),
                "gdpr:status", "EXPIRED",
                "gdpr:grantedExtensions", List.of("P99Y")).entrySet()) {
            try {
                document.updateProperties(Map.of(write.getKey(), write.getValue()), true);
            } catch (CmisBaseException e) {
                // refused: as good as left out
            }
            assertThatThrownBy(() -> sendAnyway(document, write.getKey(), write.getValue()))
                    .as(write.getKey()).isInstanceOf(CmisBaseException.class);
        }

        Document reread = reread(document);
        assertThat(localDate(reread.getPropertyValue("gdpr:expiryDate"))).isEqualTo(LocalDate.of(2031, 1, 1));
        assertThat(values(reread, "gdpr:status")).isEmpty();
        assertThat(values(reread, "gdpr:grantedExtensions")).isEmpty();
    }

    @Test
    void valuesTheAddOnMaintainsRoundTripWithTheirTypes() {
        Document document = createDocument("certificate.pdf");
        GregorianCalendar requestedAt = GregorianCalendar.from(
                Instant.parse("2026-01-15T09:30:00Z").atZone(ZoneOffset.UTC));
        document.updateProperties(Map.of(
                "gdpr:retentionType", "CERTIFICATE",
                "gdpr:subjectId", "E-1042",
                "gdpr:subjectEmail", "j.jansen@example.org",
                "gdpr:subjectName", "Jan Jansen"), List.of(RETAINABLE), List.of(), true);
        Map<String, Object> computed = new HashMap<>();
        computed.put("gdpr:status", "EXPIRING");
        computed.put("gdpr:category", "CERTIFICATES");
        computed.put("gdpr:template", "Certificate");
        computed.put("gdpr:templateRef", "workspace://SpacesStore/5f0c1e7a-0000-4000-8000-000000000001");
        computed.put("gdpr:extensionCount", BigInteger.TWO);
        computed.put("gdpr:grantedExtensions", List.of("P1Y", "P1Y"));
        computed.put("gdpr:consentStatus", "REQUESTED");
        computed.put("gdpr:consentRequestedAt", requestedAt);
        computed.put("gdpr:consentRequestedFor", calendar(LocalDate.of(2026, 2, 14)));

        server.writeAsTheAddOn(document.getId(), RETAINABLE, computed);

        Document reread = reread(document);
        assertThat((String) reread.getPropertyValue("gdpr:status")).isEqualTo("EXPIRING");
        assertThat((String) reread.getPropertyValue("gdpr:templateRef"))
                .isEqualTo("workspace://SpacesStore/5f0c1e7a-0000-4000-8000-000000000001");
        assertThat((BigInteger) reread.getPropertyValue("gdpr:extensionCount")).isEqualTo(BigInteger.TWO);
        assertThat(reread.getProperty("gdpr:grantedExtensions").getValues()).containsExactly("P1Y", "P1Y");
        assertThat(((GregorianCalendar) reread.getPropertyValue("gdpr:consentRequestedAt")).toInstant())
                .isEqualTo(Instant.parse("2026-01-15T09:30:00Z"));
        assertThat(localDate(reread.getPropertyValue("gdpr:consentRequestedFor"))).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat((String) reread.getPropertyValue("gdpr:subjectEmail")).isEqualTo("j.jansen@example.org");
    }

    @Test
    void joinQueryFindsExactlyTheDocumentsExpiringBeforeADateInExpiryOrder() {
        String mid = retainable("mid.pdf", "PAYROLL", LocalDate.of(2025, 3, 1));
        retainable("later.pdf", "PAYROLL", LocalDate.of(2026, 12, 31));
        String earliest = retainable("earliest.pdf", "VOG", LocalDate.of(2024, 6, 30));
        retainable("on-the-cut-off.pdf", "ABSENCE", LocalDate.of(2026, 1, 1));
        String dayBefore = retainable("day-before.pdf", "ABSENCE", LocalDate.of(2025, 12, 31));
        createDocument("no-retention.pdf");
        // Aspect added but nothing set: the InMemory join would return it without a predicate on the aspect.
        createDocument("aspect-only.pdf").updateProperties(Map.of(), List.of(RETAINABLE), List.of(), true);

        List<String> ids = expiringBefore(LocalDate.of(2026, 1, 1));

        assertThat(ids).containsExactly(earliest, mid, dayBefore);
    }

    @Test
    void joinQueryReturnsTheExpiryDateWithEachId() {
        String id = retainable("timesheets.pdf", "TIMESHEETS", LocalDate.of(2025, 7, 1));

        List<QueryResult> results = new ArrayList<>();
        session.query(String.format(EXPIRING_BEFORE, timestamp(LocalDate.of(2026, 1, 1))), false)
                .forEach(results::add);

        assertThat(results).hasSize(1);
        assertThat((String) results.get(0).getPropertyValueById(PropertyIds.OBJECT_ID)).isEqualTo(id);
        assertThat(localDate(results.get(0).getPropertyValueById("gdpr:expiryDate")))
                .isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void removingRetainableDropsItsValuesAndTheDocumentFromTheQuery() {
        Document document = (Document) session.getObject(
                retainable("released.pdf", "ID_CANDIDATE", LocalDate.of(2025, 1, 28)));
        assertThat(expiringBefore(LocalDate.of(2026, 1, 1))).containsExactly(document.getId());

        document.updateProperties(Map.of(), List.of(), List.of(RETAINABLE), true);

        Document reread = reread(document);
        assertThat(secondaryTypeIds(reread)).doesNotContain(RETAINABLE);
        assertThat(reread.getProperty("gdpr:expiryDate")).isNull();
        assertThat((Object) reread.getPropertyValue("gdpr:retentionType")).isNull();
        assertThat(expiringBefore(LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void furtherPredicatesOfTheContractNarrowTheJoinQuery() {
        Folder dossierA = folder(session.getRootFolder(), "dossier-a");
        Folder dossierASub = folder(dossierA, "certificates");
        Folder dossierB = folder(session.getRootFolder(), "dossier-b");
        String a1 = classified(dossierA, "EXPIRED", "CERTIFICATES", "Contract temp worker", LocalDate.of(2025, 1, 1));
        String a2 = classified(dossierA, "ACTIVE", "OTHER", "Payslip", LocalDate.of(2025, 2, 1));
        String a3 = classified(dossierASub, "EXPIRING", "OTHER", "Contract permanent", LocalDate.of(2025, 3, 1));
        String b1 = classified(dossierB, "EXPIRING", "CERTIFICATES", "Certificate", LocalDate.of(2025, 4, 1));

        assertThat(ids("r.gdpr:status IN ('EXPIRED', 'EXPIRING')")).containsExactly(a1, a3, b1);
        assertThat(ids("r.gdpr:category = 'CERTIFICATES'")).containsExactly(a1, b1);
        assertThat(ids("r.gdpr:template LIKE 'Contract%'")).containsExactly(a1, a3);
        assertThat(ids("IN_FOLDER(d, '" + dossierA.getId() + "')")).containsExactly(a1, a2);
        assertThat(ids("IN_TREE(d, '" + dossierA.getId() + "')")).containsExactly(a1, a2, a3);
    }

    private String classified(Folder folder, String status, String category, String template, LocalDate expiry) {
        Document document = createDocument(folder, template + " " + expiry + ".pdf");
        document.updateProperties(Map.of("gdpr:retentionType", "CERTIFICATE"), List.of(RETAINABLE), List.of(), true);
        server.writeAsTheAddOn(document.getId(), RETAINABLE, Map.of(
                "gdpr:status", status,
                "gdpr:category", category,
                "gdpr:template", template,
                "gdpr:expiryDate", calendar(expiry)));
        return document.getId();
    }

    private static List<?> values(Document document, String propertyId) {
        Property<?> property = document.getProperty(propertyId);
        return property == null ? List.of() : property.getValues();
    }

    /** An update request that carries the property whatever its updatability, as a hand-written client might. */
    private void sendAnyway(Document document, String propertyId, Object value) {
        BindingsObjectFactory objects = session.getBinding().getObjectFactory();
        List<Object> values = value instanceof List<?> many ? new ArrayList<>(many) : List.of(value);
        PropertyData<?> data = value instanceof GregorianCalendar
                ? objects.createPropertyDateTimeData(propertyId, List.of((GregorianCalendar) value))
                : objects.createPropertyStringData(propertyId, values.stream().map(String.class::cast).toList());
        session.getBinding().getObjectService().updateProperties(session.getRepositoryInfo().getId(),
                new Holder<>(document.getId()), null, objects.createPropertiesData(List.of(data)), null);
    }

    private List<String> ids(String predicate) {
        List<String> ids = new ArrayList<>();
        for (QueryResult result : session.query(String.format(RETAINABLE_WHERE, predicate), false)) {
            ids.add(result.getPropertyValueById(PropertyIds.OBJECT_ID));
        }
        return ids;
    }

    private static Folder folder(Folder parent, String name) {
        return parent.createFolder(Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:folder", PropertyIds.NAME, name));
    }

    /** A document a client classified with {@code typeCode}, with the expiry date the add-on computed. */
    private String retainable(String name, String typeCode, LocalDate expiry) {
        Document document = createDocument(name);
        document.updateProperties(Map.of("gdpr:retentionType", typeCode), List.of(RETAINABLE), List.of(), true);
        server.writeAsTheAddOn(document.getId(), RETAINABLE, Map.of("gdpr:expiryDate", calendar(expiry)));
        return document.getId();
    }

    private List<String> expiringBefore(LocalDate date) {
        List<String> ids = new ArrayList<>();
        for (QueryResult result : session.query(String.format(EXPIRING_BEFORE, timestamp(date)), false)) {
            ids.add(result.getPropertyValueById(PropertyIds.OBJECT_ID));
        }
        return ids;
    }

    private Document createDocument(String name) {
        return createDocument(session.getRootFolder(), name);
    }

    private static Document createDocument(Folder folder, String name) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PropertyIds.OBJECT_TYPE_ID, "cmis:document");
        properties.put(PropertyIds.NAME, name);
        return folder.createDocument(properties, null, null);
    }

    /** Reads the document again from the server, bypassing the session cache. */
    private Document reread(Document document) {
        OperationContext uncached = session.createOperationContext();
        uncached.setCacheEnabled(false);
        return (Document) session.getObject(document.getId(), uncached);
    }

    private List<String> propertyIds(String typeId) {
        return session.getTypeDefinition(typeId).getPropertyDefinitions().values().stream()
                .map(PropertyDefinition::getId).filter(id -> id.startsWith("gdpr:")).toList();
    }

    private static List<String> secondaryTypeIds(Document document) {
        List<SecondaryType> types = document.getSecondaryTypes();
        return types == null ? List.of() : types.stream().map(SecondaryType::getId).toList();
    }

    /** A date property value: the start of that day in the repository's zone. */
    private static GregorianCalendar calendar(LocalDate date) {
        return GregorianCalendar.from(date.atStartOfDay(ZONE));
    }

    private static LocalDate localDate(Object value) {
        return ((GregorianCalendar) value).toInstant().atZone(ZONE).toLocalDate();
    }

    /** The CMIS TIMESTAMP literal of the start of a day in the repository's zone, written in UTC. */
    private static String timestamp(LocalDate date) {
        return CMIS_TIMESTAMP.format(date.atStartOfDay(ZONE).toInstant());
    }
}
