package org.gdprretention.platform.testsupport;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.model.ContentModelXml;
import org.gdprretention.platform.model.ModelProperty;
import org.gdprretention.platform.model.RetentionModel;

/**
 * The properties each aspect of the module's content model declares, read from the model XML, so that the repository
 * doubles remove them with the aspect as ACS does. Aspects of other models are unknown here: nothing is removed.
 */
public final class ModuleAspects {

    private static final Map<QName, Set<QName>> PROPERTIES = ContentModelXml.retentionModel().aspects().stream()
            .collect(Collectors.toUnmodifiableMap(aspect -> qname(aspect.name()), aspect -> aspect.properties()
                    .stream().map(ModelProperty::name).map(ModuleAspects::qname).collect(Collectors.toSet())));

    private ModuleAspects() {
    }

    public static Set<QName> propertiesOf(QName aspect) {
        return PROPERTIES.getOrDefault(aspect, Set.of());
    }

    private static QName qname(String prefixed) {
        if (!prefixed.startsWith(RetentionModel.PREFIX + ":")) {
            throw new IllegalStateException("Not a property of the module's model: " + prefixed);
        }
        return QName.createQName(RetentionModel.NAMESPACE_URI, prefixed.substring(prefixed.indexOf(':') + 1));
    }
}
