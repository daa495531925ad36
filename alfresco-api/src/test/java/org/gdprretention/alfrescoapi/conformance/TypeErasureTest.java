package org.gdprretention.alfrescoapi.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TypeErasureTest {

    @Test
    void dropsGenericArguments() {
        assertThat(TypeErasure.erase("java.util.Map<org.alfresco.service.namespace.QName,java.io.Serializable>",
                List.of())).isEqualTo("java.util.Map");
        assertThat(TypeErasure.erase("java.util.List<java.util.Map<java.lang.String,? extends java.lang.Number>>",
                List.of())).isEqualTo("java.util.List");
    }

    @Test
    void keepsArraysAndTurnsVarargsIntoArrays() {
        assertThat(TypeErasure.erase("java.lang.String[][]", List.of())).isEqualTo("java.lang.String[][]");
        assertThat(TypeErasure.erase("java.lang.Object...", List.of())).isEqualTo("java.lang.Object[]");
        assertThat(TypeErasure.erase("java.util.List<java.lang.String>[]", List.of())).isEqualTo("java.util.List[]");
        assertThat(TypeErasure.erase("int", List.of())).isEqualTo("int");
    }

    @Test
    void mapsATypeVariableToItsFirstBoundOrObject() {
        List<String> scopes = List.of("<K extends java.io.Serializable & java.lang.Comparable<K>,V>");

        assertThat(TypeErasure.erase("K", scopes)).isEqualTo("java.io.Serializable");
        assertThat(TypeErasure.erase("V", scopes)).isEqualTo("java.lang.Object");
        assertThat(TypeErasure.erase("K[]", scopes)).isEqualTo("java.io.Serializable[]");
        assertThat(TypeErasure.erase("V...", scopes)).isEqualTo("java.lang.Object[]");
    }

    @Test
    void resolvesABoundThatNamesAnotherVariable() {
        assertThat(TypeErasure.erase("V", List.of("<K extends java.lang.Number,V extends K>")))
                .isEqualTo("java.lang.Number");
    }

    @Test
    void prefersTheInnermostScope() {
        List<String> methodThenType = List.of("<T extends java.lang.CharSequence>", "<T>");

        assertThat(TypeErasure.erase("T", methodThenType)).isEqualTo("java.lang.CharSequence");
        assertThat(TypeErasure.erase("T", List.of("", "<T extends java.lang.Number>"))).isEqualTo("java.lang.Number");
    }

    @Test
    void leavesANameThatIsNoVariableInScopeAlone() {
        assertThat(TypeErasure.erase("R", List.of("<T>"))).isEqualTo("R");
    }
}
