package org.gdprretention.platform.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The module's job context and its defaults, read as shipped: every job is scheduled with a valid cron
 * expression, and every job that deletes is switched off (dry run) unless an administrator switches it on.
 */
class JobScheduleDefaultsTest {

    private static final String MODULE = "alfresco/module/gdpr-retention-platform/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private static Map<String, Element> beans;
    private static Properties defaults;

    @BeforeAll
    static void read() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Document xml;
        try (InputStream in = resource(MODULE + "context/job-context.xml")) {
            xml = factory.newDocumentBuilder().parse(in);
        }
        beans = new LinkedHashMap<>();
        NodeList list = xml.getElementsByTagName("bean");
        for (int i = 0; i < list.getLength(); i++) {
            Element bean = (Element) list.item(i);
            beans.put(bean.getAttribute("id"), bean);
        }
        defaults = new Properties();
        try (InputStream in = resource(MODULE + "alfresco-global.properties")) {
            defaults.load(in);
        }
    }

    @Test
    void everyJobThatDeletesIsOffByDefault() {
        List<String> sweepJobs = beansOfClass(SweepJobExecuter.class.getName());

        assertThat(sweepJobs).containsExactlyInAnyOrder("gdpr-retention.trashcanJobExecuter",
                "gdpr-retention.orphanedContentUrlsJobExecuter", "gdpr-retention.deletedContentStoreJobExecuter",
                "gdpr-retention.contentStoreOrphansJobExecuter");
        for (String job : sweepJobs) {
            assertThat(resolved(property(job, "enabled"))).as(job + " enabled").isEqualTo("false");
        }
        assertThat(resolved(property("gdpr-retention.expiryJobExecuter", "autoPurgeEnabled")))
                .as("auto-purge").isEqualTo("false");
        // it only reads and alerts, so it runs unless switched off
        assertThat(resolved(property("gdpr-retention.auditLogCheckJobExecuter", "enabled")))
                .as("audit log check").isEqualTo("true");
    }

    @Test
    void everyJobHasAValidCronTriggerRegisteredWithTheScheduler() {
        List<String> details = beansOfClass("org.springframework.scheduling.quartz.JobDetailFactoryBean");
        List<String> triggers = beansOfClass("org.springframework.scheduling.quartz.CronTriggerFactoryBean");
        Element accessor = beans.get("gdpr-retention.schedulerAccessor");
        List<String> registered = new ArrayList<>();
        NodeList refs = accessor.getElementsByTagName("ref");
        for (int i = 0; i < refs.getLength(); i++) {
            registered.add(((Element) refs.item(i)).getAttribute("bean"));
        }

        assertThat(details).hasSize(6);
        assertThat(registered).containsExactlyInAnyOrderElementsOf(triggers);
        assertThat(triggers).extracting(trigger -> propertyRef(trigger, "jobDetail"))
                .containsExactlyInAnyOrderElementsOf(details);
        for (String trigger : triggers) {
            String cron = resolved(property(trigger, "cronExpression"));
            assertThat(CronExpression.isValidExpression(cron)).as(trigger + ": " + cron).isTrue();
        }
        assertThat(propertyRef("gdpr-retention.schedulerAccessor", "scheduler")).isEqualTo("schedulerFactory");
    }

    @Test
    void everyJobDetailRunsTheThinJobWithALockedExecuter() {
        for (String detail : beansOfClass("org.springframework.scheduling.quartz.JobDetailFactoryBean")) {
            assertThat(property(detail, "jobClass")).isEqualTo(RetentionJob.class.getName());
            Element entry = (Element) beans.get(detail).getElementsByTagName("entry").item(0);
            assertThat(entry.getAttribute("key")).isEqualTo(RetentionJob.EXECUTER_KEY);
            Element executer = beans.get(entry.getAttribute("value-ref"));
            assertThat(executer.getAttribute("parent")).as(detail).isEqualTo("gdpr-retention.lockedJobExecuter");
        }
    }

    private static List<String> beansOfClass(String className) {
        return beans.entrySet().stream().filter(bean -> className.equals(bean.getValue().getAttribute("class")))
                .map(Map.Entry::getKey).toList();
    }

    private static String property(String bean, String name) {
        return propertyElement(bean, name).getAttribute("value");
    }

    private static String propertyRef(String bean, String name) {
        return propertyElement(bean, name).getAttribute("ref");
    }

    private static Element propertyElement(String bean, String name) {
        NodeList properties = beans.get(bean).getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (name.equals(property.getAttribute("name"))) {
                return property;
            }
        }
        throw new AssertionError(bean + " sets no property " + name);
    }

    private static String resolved(String value) {
        Matcher placeholder = PLACEHOLDER.matcher(value);
        if (!placeholder.matches()) {
            return value;
        }
        String resolved = defaults.getProperty(placeholder.group(1));
        assertThat(resolved).as("default of " + value).isNotNull();
        return resolved.trim();
    }

    private static InputStream resource(String path) {
        InputStream in = JobScheduleDefaultsTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }
}
