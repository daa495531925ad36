package org.gdprretention.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The engine stays plain Java, so every rule can be tested and reused without a running repository. */
@AnalyzeClasses(packages = "org.gdprretention", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineDependsOnNoContainerOrRepositoryApi = noClasses()
            .that().resideInAPackage("org.gdprretention..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.alfresco..", "org.springframework..", "javax.servlet..", "jakarta..")
            .because("retention-core must run without Alfresco, Spring or a servlet container");

    @ArchTest
    static final ArchRule engineWritesNothingToStandardStreams =
            GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule featurePackagesDoNotDependOnEachOtherInCycles = slices()
            .matching("org.gdprretention.core.(*)..")
            .should().beFreeOfCycles();
}
