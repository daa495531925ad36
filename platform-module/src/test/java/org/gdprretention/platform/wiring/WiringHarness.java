package org.gdprretention.platform.wiring;

import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.gdprretention.platform.wiring.AcsBeans.AcsBean;
import org.gdprretention.platform.wiring.ModuleBeans.BeanXml;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.ChildBeanDefinition;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.support.GenericXmlApplicationContext;
import org.springframework.context.support.PropertySourcesPlaceholderConfigurer;

/**
 * Loads the module's real Spring XML the way ACS would, with ACS itself replaced: every ACS bean the module refers
 * to becomes a Mockito mock of the type its setter takes, and every ACS parent becomes a stand-in that sets exactly
 * the properties the real parent sets (so a module class lacking one of those setters fails here as in ACS).
 */
final class WiringHarness {

    static final String MODULE_CONTEXT = "alfresco/module/gdpr-retention-platform/module-context.xml";
    static final String GLOBAL_PROPERTIES = "alfresco/module/gdpr-retention-platform/alfresco-global.properties";

    private final AcsBeans acs;
    private final String[] resources;
    private final ModuleBeans module;

    WiringHarness(AcsBeans acs, String... extraResources) {
        this.acs = acs;
        List<String> all = new ArrayList<>(List.of(MODULE_CONTEXT));
        all.addAll(List.of(extraResources));
        this.resources = all.toArray(String[]::new);
        this.module = ModuleBeans.read(resources);
    }

    ModuleBeans module() {
        return module;
    }

    /** Each reference to a bean id that neither the module nor ACS defines, as "bean -> id (file)". */
    List<String> unknownReferences() {
        List<String> unknown = new ArrayList<>();
        for (BeanXml bean : module.beans().values()) {
            for (String id : bean.referencedIds()) {
                if (!module.beans().containsKey(id) && !acs.defines(id)) {
                    unknown.add(bean.id() + " -> " + id + " (" + bean.source() + ")");
                }
            }
        }
        return unknown;
    }

    /** The ACS bean ids the module refers to, in order of first use. */
    Set<String> acsReferences() {
        Set<String> ids = new LinkedHashSet<>();
        for (BeanXml bean : module.beans().values()) {
            bean.referencedIds().stream().filter(id -> !module.beans().containsKey(id) && acs.defines(id))
                    .forEach(ids::add);
        }
        return ids;
    }

    /** Builds and refreshes the context; the caller closes it. */
    GenericXmlApplicationContext start() {
        GenericXmlApplicationContext context = new GenericXmlApplicationContext();
        Set<String> parents = new HashSet<>();
        module.beans().values().stream().map(BeanXml::parent).filter(p -> p != null && !module.beans().containsKey(p))
                .forEach(parents::add);
        for (String id : acsReferences()) {
            if (parents.contains(id)) {
                registerStandIn(context, id);
            } else {
                context.getBeanFactory().registerSingleton(id, mockFor(id));
            }
        }
        context.load(java.util.Arrays.stream(resources).map(r -> "classpath:" + r).toArray(String[]::new));
        PropertySourcesPlaceholderConfigurer placeholders = new PropertySourcesPlaceholderConfigurer();
        placeholders.setProperties(globalProperties());
        placeholders.setIgnoreUnresolvablePlaceholders(false);
        context.addBeanFactoryPostProcessor(placeholders);
        context.refresh();
        return context;
    }

    static Properties globalProperties() {
        Properties properties = new Properties();
        try (InputStream in = WiringHarness.class.getClassLoader().getResourceAsStream(GLOBAL_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(GLOBAL_PROPERTIES + " is not on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    // A mock of the most specific type any module setter receiving this bean takes; a bean only named in
    // depends-on (or received by a property without a setter, which Spring reports itself) is a plain object.
    private Object mockFor(String id) {
        List<Class<?>> types = new ArrayList<>();
        for (BeanXml bean : module.beans().values()) {
            bean.propertyRefs().forEach((property, ref) -> {
                if (ref.equals(id)) {
                    classOf(bean).flatMap(type -> setterType(type, property)).ifPresent(types::add);
                }
            });
        }
        if (types.isEmpty()) {
            return new Object();
        }
        Class<?> narrowest = types.stream().filter(candidate -> types.stream().allMatch(t -> t.isAssignableFrom(candidate)))
                .findFirst().orElseThrow(() -> new AssertionError("ACS bean '" + id
                        + "' is received by setters of unrelated types " + types));
        return mock(narrowest);
    }

    private void registerStandIn(GenericXmlApplicationContext context, String id) {
        AcsBean parent = acs.bean(id).orElseThrow();
        AbstractBeanDefinition definition;
        if (parent.parent() != null) {
            if (!context.containsBeanDefinition(parent.parent())) {
                registerStandIn(context, parent.parent());
            }
            definition = new ChildBeanDefinition(parent.parent());
        } else {
            definition = new RootBeanDefinition();
        }
        boolean classAvailable = parent.className() != null && loadable(parent.className());
        if (classAvailable) {
            definition.setBeanClassName(parent.className());
        }
        // Without its class a concrete ACS bean cannot be built here; only its children matter to the module.
        definition.setAbstract(parent.isAbstract() || !classAvailable);
        MutablePropertyValues values = new MutablePropertyValues();
        for (String property : parent.properties()) {
            values.add(property, valueFor(property, setterTypeInChildren(id, property)));
        }
        definition.setPropertyValues(values);
        context.registerBeanDefinition(id, definition);
    }

    // Every module bean built on this parent must accept the property, exactly as in ACS.
    private Class<?> setterTypeInChildren(String parentId, String property) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (BeanXml child : module.beans().values()) {
            if (!parentId.equals(child.parent())) {
                continue;
            }
            Class<?> type = classOf(child).or(() -> acs.bean(parentId).map(AcsBean::className).flatMap(WiringHarness::load))
                    .orElseThrow(() -> new AssertionError("Bean '" + child.id() + "' has no class"));
            types.put(child.id(), setterType(type, property).orElseThrow(() -> new AssertionError("Bean '"
                    + child.id() + "' (" + type.getName() + ") has no setter for '" + property + "', which ACS's '"
                    + parentId + "' sets")));
        }
        return types.values().stream().findFirst().orElse(Object.class);
    }

    private static Object valueFor(String property, Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return 0;
        }
        if (type == String.class) {
            return "";
        }
        if (type == Properties.class) {
            return new Properties();
        }
        if (List.class.isAssignableFrom(type)) {
            return new ArrayList<>();
        }
        if (Set.class.isAssignableFrom(type)) {
            return new HashSet<>();
        }
        if (Map.class.isAssignableFrom(type)) {
            return new HashMap<>();
        }
        if (type.isPrimitive() || Modifier.isFinal(type.getModifiers())) {
            throw new AssertionError("No stand-in value for property '" + property + "' of type " + type.getName());
        }
        return mock(type);
    }

    private Optional<Class<?>> classOf(BeanXml bean) {
        return module.effectiveClass(bean).flatMap(WiringHarness::load);
    }

    static Optional<Class<?>> setterType(Class<?> type, String property) {
        String setter = "set" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (Method method : type.getMethods()) {
            if (method.getName().equals(setter) && method.getParameterCount() == 1) {
                return Optional.of(method.getParameterTypes()[0]);
            }
        }
        return Optional.empty();
    }

    private static boolean loadable(String className) {
        return load(className).isPresent();
    }

    private static Optional<Class<?>> load(String className) {
        try {
            return Optional.of(Class.forName(className, false, WiringHarness.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
