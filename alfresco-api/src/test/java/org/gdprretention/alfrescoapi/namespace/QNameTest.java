package org.gdprretention.alfrescoapi.namespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.alfresco.service.namespace.InvalidQNameException;
import org.alfresco.service.namespace.NamespaceException;
import org.alfresco.service.namespace.NamespacePrefixResolver;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.junit.jupiter.api.Test;

class QNameTest {

    private static final String CM = NamespaceService.CONTENT_MODEL_1_0_URI;

    @Test
    void isAValueOfNamespaceAndLocalName() {
        QName name = QName.createQName(CM, "name");

        assertThat(name.getNamespaceURI()).isEqualTo(CM);
        assertThat(name.getLocalName()).isEqualTo("name");
        assertThat(name).hasToString("{http://www.alfresco.org/model/content/1.0}name")
                .isEqualTo(QName.createQName(CM, "name"))
                .hasSameHashCodeAs(QName.createQName(CM, "name"))
                .isNotEqualTo(QName.createQName(CM, "title"))
                .isNotEqualTo(QName.createQName(NamespaceService.SYSTEM_MODEL_1_0_URI, "name"));
    }

    @Test
    void parsesItsOwnStringForm() {
        QName parsed = QName.createQName("{http://www.alfresco.org/model/content/1.0}name");

        assertThat(parsed).isEqualTo(QName.createQName(CM, "name"));
        assertThat(QName.createQName(QName.createQName(CM, "x").toString())).isEqualTo(QName.createQName(CM, "x"));
    }

    @Test
    void putsANameWithoutBracesInTheDefaultNamespace() {
        assertThat(QName.createQName("plain").getNamespaceURI()).isEmpty();
        assertThat(QName.createQName(null, "plain")).hasToString("{}plain");
    }

    @Test
    void refusesMalformedNamesNamingTheText() {
        assertThatThrownBy(() -> QName.createQName("x{uri}local")).isInstanceOf(InvalidQNameException.class)
                .hasMessage("QName 'x{uri}local' must start with a namespaceURI");
        assertThatThrownBy(() -> QName.createQName("{uri-local")).isInstanceOf(InvalidQNameException.class)
                .hasMessage("QName '{uri-local' is missing the closing namespace } token");
        assertThatThrownBy(() -> QName.createQName("{uri}")).isInstanceOf(InvalidQNameException.class)
                .hasMessage("QName '{uri}' must consist of a local name");
        assertThatThrownBy(() -> QName.createQName(CM, "")).isInstanceOf(InvalidQNameException.class)
                .hasMessageContaining("local name");
    }

    @Test
    void resolvesPrefixesThroughTheResolver() {
        NamespacePrefixResolver resolver = mock(NamespacePrefixResolver.class);
        when(resolver.getNamespaceURI("cm")).thenReturn(CM);
        when(resolver.getPrefixes(CM)).thenReturn(List.of("cm"));

        QName name = QName.createQName("cm:title", resolver);

        assertThat(name).isEqualTo(QName.createQName(CM, "title"));
        assertThat(name.toPrefixString(resolver)).isEqualTo("cm:title");
        assertThat(QName.resolveToQName(resolver, "cm:title")).isEqualTo(name);
        assertThat(QName.resolveToQName(resolver, name.toString())).isEqualTo(name);
        assertThat(QName.resolveToQName(resolver, "title")).isEqualTo(name);
    }

    @Test
    void refusesAnUnknownPrefixNamingIt() {
        NamespacePrefixResolver resolver = mock(NamespacePrefixResolver.class);

        assertThatThrownBy(() -> QName.createQName("gdpr:retainable", resolver))
                .isInstanceOf(NamespaceException.class)
                .hasMessage("Namespace prefix gdpr is not mapped to a namespace URI");
    }

    @Test
    void matchesItselfAsAPatternAndSortsByNamespaceThenLocalName() {
        QName a = QName.createQName(CM, "a");
        QName b = QName.createQName(CM, "b");

        assertThat(a.isMatch(QName.createQName(CM, "a"))).isTrue();
        assertThat(a.isMatch(b)).isFalse();
        assertThat(a).isLessThan(b);
        assertThat(QName.createQName("http://a", "z")).isLessThan(QName.createQName("http://b", "a"));
        assertThat(RegexQNamePattern.MATCH_ALL.isMatch(b)).isTrue();
    }
}
