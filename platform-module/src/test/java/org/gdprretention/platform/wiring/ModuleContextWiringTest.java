package org.gdprretention.platform.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mockingDetails;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.repo.module.AbstractModuleComponent;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeService;
import org.gdprretention.platform.wiring.ModuleBeans.BeanXml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeansException;
import org.springframework.context.support.GenericXmlApplicationContext;

/**
 * The module's Spring wiring, loaded for real with ACS mocked: every referenced ACS bean exists in ACS 26.3, every
 * module bean is built with its classes, properties and placeholders, and mistakes of each kind fail.
 */
class ModuleContextWiringTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)}");

    private static AcsBeans acs;

    @BeforeAll
    static void loadAcsBeans() {
        acs = AcsBeans.load();
    }

    @Test
    void moduleContextImportsExactlyTheConventionalContextsInOrder() {
        WiringHarness harness = new WiringHarness(acs);

        assertThat(harness.module().files()).containsExactly(WiringHarness.MODULE_CONTEXT,
                context("bootstrap"), context("service"), context("behaviour"), context("action"), context("job"),
                context("webscript"), context("workflow"), context("rest"), context("rest-admin"),
                context("consent"));
    }

    @Test
    void everyReferencedBeanIdIsDefinedByAcsOrTheModule() {
        WiringHarness harness = new WiringHarness(acs);

        assertThat(harness.unknownReferences()).isEmpty();
        assertThat(harness.acsReferences()).contains("NodeService", "policyComponent", "action-executer",
                "module.baseComponent", "dictionaryModelBootstrap");
    }

    @Test
    void everyModuleBeanIsBuiltFromItsClassWithAcsMocked() {
        WiringHarness harness = new WiringHarness(acs);

        try (GenericXmlApplicationContext context = harness.start()) {
            for (BeanXml bean : harness.module().beans().values()) {
                if (bean.isAbstract()) {
                    continue;
                }
                Object instance = context.getBean(bean.id());
                assertThat(instance).as(bean.id()).isNotNull();
                // A factory method's product is of another class than the one that declares the method; a
                // FactoryBean (Spring's Quartz job details and triggers) is checked as itself, not as its product.
                Object built = context.getBeanFactory().isFactoryBean(bean.id())
                        ? context.getBean("&" + bean.id()) : instance;
                if (bean.factoryMethod() == null) {
                    harness.module().effectiveClass(bean).ifPresent(name ->
                            assertThat(built.getClass().getName()).as(bean.id()).isEqualTo(name));
                }
            }
            assertThat(mockingDetails(context.getBean("NodeService")).isMock()).isTrue();
            assertThat(context.getBean("NodeService")).isInstanceOf(NodeService.class);
            assertThat(context.getBean("policyComponent")).isInstanceOf(PolicyComponent.class);
        }
    }

    @Test
    void actionsAreNamedByTheirBeanIdAndBuiltOnActionExecuter() {
        WiringHarness harness = new WiringHarness(acs);

        try (GenericXmlApplicationContext context = harness.start()) {
            Map<String, ActionExecuterAbstractBase> actions = context.getBeansOfType(ActionExecuterAbstractBase.class);
            assertThat(actions).containsKeys("gdpr-apply-retention", "gdpr-set-legal-hold", "gdpr-lift-legal-hold");
            actions.keySet().forEach(id ->
                    assertThat(harness.module().bean(id).orElseThrow().parent()).as(id).isEqualTo("action-executer"));
            assertThat(context.getBeansOfType(AbstractModuleComponent.class)).containsKey("gdpr-retention.retentionBootstrap");
        }
    }

    @Test
    void everyPlaceholderHasADefaultInTheModulesGlobalProperties() throws Exception {
        var defaults = WiringHarness.globalProperties();
        WiringHarness harness = new WiringHarness(acs);

        for (String file : harness.module().files()) {
            String xml = new String(getClass().getClassLoader().getResourceAsStream(file).readAllBytes());
            Matcher matcher = PLACEHOLDER.matcher(xml);
            while (matcher.find()) {
                assertThat(matcher.group(1)).as("placeholder in " + file).startsWith("gdpr-retention.");
                assertThat(defaults).as("default of ${%s}", matcher.group(1)).containsKey(matcher.group(1));
            }
        }
        assertThat(defaults.stringPropertyNames()).allMatch(name -> name.startsWith("gdpr-retention."));
    }

    @Test
    void aReferenceToABeanAcsDoesNotDefineIsReportedAndFailsTheContext() {
        WiringHarness harness = new WiringHarness(acs, "wiring/wrong-reference-context.xml");

        assertThat(harness.unknownReferences()).containsExactly(
                "test.wrongReference -> NodeServise (wiring/wrong-reference-context.xml)");
        assertThatThrownBy(harness::start).isInstanceOf(BeansException.class).hasMessageContaining("NodeServise");
    }

    @Test
    void aPropertyWithoutSetterFailsTheContext() {
        WiringHarness harness = new WiringHarness(acs, "wiring/wrong-property-context.xml");

        assertThat(harness.unknownReferences()).isEmpty();
        assertThatThrownBy(harness::start).isInstanceOf(BeansException.class).hasMessageContaining("nodeServices");
    }

    @Test
    void aBeanThatCannotTakeWhatItsAcsParentSetsFails() {
        WiringHarness harness = new WiringHarness(acs, "wiring/wrong-action-class-context.xml");

        assertThatThrownBy(harness::start).isInstanceOf(AssertionError.class)
                .hasMessageContaining("test-not-an-action").hasMessageContaining("action-executer");
    }

    private static String context(String name) {
        return "alfresco/module/gdpr-retention-platform/context/" + name + "-context.xml";
    }
}
