package org.gdprretention.core.binding;

import java.util.Objects;
import org.gdprretention.core.catalogue.RetentionCatalogue;

/**
 * Decides which retention type applies to a document: a value set on the document beats its template's binding,
 * which beats a folder rule. Blank values count as absent, because forms and CMIS clients send empty strings.
 */
public final class BindingResolver {

    private BindingResolver() {
    }

    public static ResolvedBinding resolve(String explicitCode, String templateCode, String folderRuleCode) {
        if (present(explicitCode)) {
            return new ResolvedBinding(explicitCode.trim(), BindingSource.EXPLICIT);
        }
        if (present(templateCode)) {
            return new ResolvedBinding(templateCode.trim(), BindingSource.TEMPLATE);
        }
        if (present(folderRuleCode)) {
            return new ResolvedBinding(folderRuleCode.trim(), BindingSource.FOLDER_RULE);
        }
        return ResolvedBinding.NONE;
    }

    /**
     * Resolves as {@link #resolve(String, String, String)} and refuses a winning code that is not in the
     * catalogue (field {@code retentionType}). A weaker binding is never used to paper over a bad stronger one:
     * the administrator has to see and fix it.
     */
    public static ResolvedBinding resolve(String explicitCode, String templateCode, String folderRuleCode,
            RetentionCatalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        ResolvedBinding binding = resolve(explicitCode, templateCode, folderRuleCode);
        if (binding.isBound()) {
            catalogue.require(binding.code());
        }
        return binding;
    }

    private static boolean present(String code) {
        return code != null && !code.isBlank();
    }
}
