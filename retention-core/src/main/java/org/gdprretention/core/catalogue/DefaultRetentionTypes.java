package org.gdprretention.core.catalogue;

import java.util.List;
import org.gdprretention.core.RetentionCategory;

/**
 * The retention types the add-on ships with, from public Dutch sources (see the README). They are defaults an
 * administrator changes in the repository, not legal advice.
 */
public final class DefaultRetentionTypes {

    /** The date property holding the end of employment or of the relationship with the data subject. */
    public static final String RELATIONSHIP_END_PROPERTY = "gdpr:relationshipEnd";

    private static final StartTrigger AT_CREATION = StartTrigger.CREATION_DATE;
    private static final StartTrigger AT_RELATIONSHIP_END = StartTrigger.property(RELATIONSHIP_END_PROPERTY);
    private static final int CONSENT_LEAD_DAYS = 30;

    private DefaultRetentionTypes() {
    }

    public static RetentionCatalogue netherlands() {
        return RetentionCatalogue.of(List.of(
                fixed("ID_CANDIDATE", "P4W", AT_CREATION, RetentionCategory.DOSSIER_TASKS_CONTACTS,
                        "Copy of ID, candidate not (yet) placed",
                        "Kopie identiteitsbewijs, kandidaat (nog) niet geplaatst"),
                fixed("ID_EMPLOYEE", "P5Y", AT_RELATIONSHIP_END, RetentionCategory.DOSSIER_TASKS_CONTACTS,
                        "Copy of ID, employee or temporary worker",
                        "Kopie identiteitsbewijs, werknemer of uitzendkracht"),
                fixed("PAYROLL_TAX_DECLARATION", "P5Y", AT_RELATIONSHIP_END, RetentionCategory.OTHER,
                        "Payroll-tax declaration", "Loonbelastingverklaring"),
                fixed("PAYROLL", "P7Y", AT_RELATIONSHIP_END, RetentionCategory.OTHER,
                        "Payroll administration, payslips, salary agreements",
                        "Salarisadministratie, loonstroken, salarisafspraken"),
                fixed("TIMESHEETS", "P7Y", AT_RELATIONSHIP_END, RetentionCategory.OTHER,
                        "Timesheets and hours", "Urenbriefjes en uren"),
                // Four weeks plus one extension of 48 weeks: at most a year in total, as the Sollicitatiecode allows.
                extendable("APPLICATION", "P4W", AT_RELATIONSHIP_END, RetentionCategory.DOSSIER_TASKS_CONTACTS,
                        "P48W", 1,
                        "Application data, rejected candidate", "Sollicitatiegegevens, afgewezen kandidaat"),
                extendable("CANDIDATE_PROFILE", "P2Y", AT_CREATION, RetentionCategory.DOSSIER_TASKS_CONTACTS,
                        "P1Y", 3,
                        "Registered candidate profile", "Ingeschreven kandidaatprofiel"),
                extendable("PERSONNEL_FILE", "P2Y", AT_RELATIONSHIP_END, RetentionCategory.DOSSIER_TASKS_CONTACTS,
                        "P1Y", 3,
                        "Personnel file: contract, appraisals, correspondence",
                        "Personeelsdossier: contract, beoordelingen, correspondentie"),
                fixed("ABSENCE", "P2Y", AT_RELATIONSHIP_END, RetentionCategory.DOSSIER_TASKS_CONTACTS,
                        "Absence and re-integration data (no medical details)",
                        "Verzuim- en re-integratiegegevens (geen medische gegevens)"),
                extendable("CERTIFICATE", "P2Y", AT_RELATIONSHIP_END, RetentionCategory.CERTIFICATES,
                        "P1Y", 3,
                        "Diplomas and certificates", "Diploma's en certificaten"),
                fixed("VOG", "P4W", AT_CREATION, RetentionCategory.CERTIFICATES,
                        "Certificate of conduct (VOG)", "Verklaring omtrent het gedrag (VOG)"),
                fixed("WORK_PERMIT", "P5Y", AT_RELATIONSHIP_END, RetentionCategory.DOSSIER_TASKS_CONTACTS,
                        "ID and work permit of a non-EEA worker",
                        "Identiteitsbewijs en tewerkstellingsvergunning van een werknemer van buiten de EER")));
    }

    private static RetentionType fixed(String code, String period, StartTrigger trigger, RetentionCategory category,
            String english, String dutch) {
        return base(code, period, trigger, category, english, dutch).build();
    }

    private static RetentionType extendable(String code, String period, StartTrigger trigger,
            RetentionCategory category, String extensionPeriod, int maxExtensions, String english, String dutch) {
        return base(code, period, trigger, category, english, dutch)
                .extendable(true).extensionPeriod(extensionPeriod).maxExtensions(maxExtensions).build();
    }

    private static RetentionType.Builder base(String code, String period, StartTrigger trigger,
            RetentionCategory category, String english, String dutch) {
        return RetentionType.builder().code(code).period(period).startTrigger(trigger).category(category)
                .label("en", english).label("nl", dutch).consentLeadDays(CONSENT_LEAD_DAYS);
    }
}
