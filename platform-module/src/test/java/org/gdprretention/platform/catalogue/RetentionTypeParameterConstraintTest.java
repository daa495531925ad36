package org.gdprretention.platform.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.alfresco.repo.action.RuntimeActionService;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.platform.expiry.ApplyRetentionActionExecuter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.extensions.surf.util.I18NUtil;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RetentionTypeParameterConstraintTest {

    private static final RetentionCatalogue DEFAULTS = DefaultRetentionTypes.netherlands();
    private static final String ACTION_CONTEXT = "alfresco/module/gdpr-retention-platform/context/action-context.xml";

    private final CatalogueFixture fixture = new CatalogueFixture();
    private final RetentionTypeParameterConstraint constraint = constraintAsAcsBuildsIt();

    @AfterEach
    void resetLocale() {
        I18NUtil.setLocale(null);
    }

    @Test
    void listsEveryCatalogueTypeByCodeWithItsLabelInTheCallersLanguage() {
        DEFAULTS.all().forEach(fixture::definition);

        I18NUtil.setLocale(Locale.ENGLISH);
        assertThat(constraint.getAllowableValues()).hasSize(DEFAULTS.size());
        DEFAULTS.all().forEach(type ->
                assertThat(constraint.getValueDisplayLabel(type.code())).isEqualTo(type.label(Locale.ENGLISH)));

        I18NUtil.setLocale(Locale.forLanguageTag("nl-NL"));
        DEFAULTS.all().forEach(type ->
                assertThat(constraint.getValueDisplayLabel(type.code())).isEqualTo(type.label(Locale.forLanguageTag("nl"))));
    }

    @Test
    void aLanguageWithoutLabelFallsBackToEnglish() {
        fixture.definition(type("DOSSIER", "Dossier file", "Dossierbestand"));

        I18NUtil.setLocale(Locale.GERMAN);

        assertThat(constraint.getAllowableValues()).containsExactly(java.util.Map.entry("DOSSIER", "Dossier file"));
    }

    @Test
    void aTypeAddedToTheCatalogueIsOfferedAtOnceAndAnUnknownCodeIsNotValid() {
        fixture.definition(type("DOSSIER", "Dossier file", "Dossierbestand"));
        assertThat(constraint.isValidValue("CONTRACT")).isFalse();

        fixture.definition(type("CONTRACT", "Contract", "Contract"));
        fixture.catalogue.markChanged();

        assertThat(constraint.isValidValue("CONTRACT")).isTrue();
        assertThat(constraint.getAllowableValues().keySet()).containsExactly("CONTRACT", "DOSSIER");
    }

    @Test
    void registersWithTheActionServiceUnderItsBeanName() {
        RuntimeActionService actionService = mock(RuntimeActionService.class);
        RetentionTypeParameterConstraint registered = new RetentionTypeParameterConstraint();
        registered.setActionService(actionService);
        registered.setBeanName(RetentionTypeParameterConstraint.NAME);

        registered.init();

        verify(actionService).registerParameterConstraint(registered);
        assertThat(registered.getName()).isEqualTo(RetentionTypeParameterConstraint.NAME);
    }

    @Test
    void refusesToStartWithoutTheCatalogue() {
        assertThatThrownBy(() -> new RetentionTypeParameterConstraint().afterPropertiesSet())
                .hasMessageContaining("catalogue");
    }

    @Test
    void theApplyRetentionActionsTypeParameterNamesTheConstraintTheModuleDeclares() throws Exception {
        List<ParameterDefinition> parameters = new ArrayList<>();
        new ApplyRetentionActionExecuter() {
            {
                addParameterDefinitions(parameters);
            }
        };
        ParameterDefinition retentionType = parameters.stream()
                .filter(p -> p.getName().equals(ApplyRetentionActionExecuter.PARAM_RETENTION_TYPE)).findFirst()
                .orElseThrow();

        assertThat(retentionType.getParameterConstraintName()).isEqualTo(RetentionTypeParameterConstraint.NAME);
        Element bean = beanInActionContext(RetentionTypeParameterConstraint.NAME);
        assertThat(bean.getAttribute("class")).isEqualTo(RetentionTypeParameterConstraint.class.getName());
        // ACS's parent registers the constraint (init) and switches caching off; the module must not switch it on.
        assertThat(bean.getAttribute("parent")).isEqualTo("action-constraint");
        assertThat(bean.getElementsByTagName("property").getLength()).isEqualTo(1);
    }

    /** As ACS's abstract bean {@code action-constraint} builds it: named by the bean id, caching off. */
    private RetentionTypeParameterConstraint constraintAsAcsBuildsIt() {
        RetentionTypeParameterConstraint built = new RetentionTypeParameterConstraint();
        built.setBeanName(RetentionTypeParameterConstraint.NAME);
        built.setCacheAllowableValues(false);
        built.setCatalogue(fixture.catalogue);
        built.afterPropertiesSet();
        return built;
    }

    private static RetentionType type(String code, String english, String dutch) {
        return RetentionType.builder().code(code).label("en", english).label("nl", dutch).period("P1Y")
                .startTrigger("CREATION_DATE").category("OTHER").build();
    }

    private static Element beanInActionContext(String id) throws Exception {
        try (InputStream in = RetentionTypeParameterConstraintTest.class.getClassLoader()
                .getResourceAsStream(ACTION_CONTEXT)) {
            if (in == null) {
                throw new IOException(ACTION_CONTEXT + " not on the class path");
            }
            NodeList beans = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("bean");
            for (int i = 0; i < beans.getLength(); i++) {
                Element bean = (Element) beans.item(i);
                if (id.equals(bean.getAttribute("id"))) {
                    return bean;
                }
            }
        }
        throw new AssertionError("no bean " + id + " in " + ACTION_CONTEXT);
    }
}
