package org.gdprretention.share.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gdprretention.share.surf.ModuleResources;

/**
 * Share's document library beans, evaluator setters and the global message keys the module reuses, as recorded from
 * Alfresco/alfresco-community-share in {@code share-reference/}.
 */
final class ShareReference {

    record Bean(String id, String className, String parent) {
    }

    private final Map<String, Bean> beans = new HashMap<>();
    private final Map<String, Set<String>> setters = new HashMap<>();
    private final Map<String, String[]> messages = new HashMap<>();

    static ShareReference load() {
        ShareReference reference = new ShareReference();
        for (String line : ModuleResources.text("share-reference/share-beans.tsv").split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("B")) {
                reference.beans.put(f[1], new Bean(f[1], f[2].isEmpty() ? null : f[2], f[3].isEmpty() ? null : f[3]));
            } else if (f[0].equals("S")) {
                reference.setters.computeIfAbsent(f[1], k -> new HashSet<>()).add(f[2]);
            }
        }
        for (String line : ModuleResources.text("share-reference/share-messages.tsv").split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t", -1);
                reference.messages.put(f[0], new String[] {f[1], f[2]});
            }
        }
        return reference;
    }

    Optional<Bean> bean(String id) {
        return Optional.ofNullable(beans.get(id));
    }

    /** The class a Share bean is built from, following its parents. */
    Optional<String> classOf(String id) {
        Bean bean = beans.get(id);
        while (bean != null && bean.className() == null && bean.parent() != null) {
            bean = beans.get(bean.parent());
        }
        return bean == null ? Optional.empty() : Optional.ofNullable(bean.className());
    }

    Set<String> settersOf(String className) {
        return setters.getOrDefault(className, Set.of());
    }

    /** Whether Share's own bundle has the key in English and Dutch. */
    boolean translates(String key) {
        String[] texts = messages.get(key);
        return texts != null && !texts[0].isBlank() && !texts[1].isBlank();
    }
}
