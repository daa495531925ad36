package org.gdprretention.alfrescoapi.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

/** The compile-only API of this module declares nothing that real ACS 26.3 lacks or declares differently. */
class ApiConformanceTest {

    private final ApiConformanceChecker checker = ApiConformanceChecker.fromReferenceData();

    @Test
    void everyTypeOfTheModuleMatchesTheRealApi() {
        List<Class<?>> types = CompiledClasses.apiTypesIn(CompiledClasses.outputDirectoryOf(QName.class));

        List<String> problems = checker.checkAll(types);

        assertThat(problems).as("differences from the real ACS API").isEmpty();
        assertThat(types).as("types checked (an empty scan must not pass)").hasSizeGreaterThan(50);
    }
}
