package org.gdprretention.share.i18n;

import static org.assertj.core.api.Assertions.assertThat;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gdprretention.share.surf.ModuleResources;
import org.gdprretention.share.surf.ModuleSources;
import org.junit.jupiter.api.Test;

/** Every string the module shows exists in English and in Dutch. */
class MessageBundlesTest {

    static final List<String> LANGUAGES = List.of("en", "nl");
    static final List<String> STATUSES = List.of("PENDING_START", "ACTIVE", "EXPIRING", "EXPIRED", "ON_HOLD", "PURGED");
    static final List<String> OUTCOMES = List.of("PURGED", "WOULD_PURGE", "SCHEDULED", "REFUSED");

    @Test
    void everyBundleHasADutchFileWithExactlyTheSameKeysAndNoEmptyText() {
        List<Path> defaults = ModuleSources.files(".properties").stream()
                .filter(p -> !p.getFileName().toString().matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                .filter(p -> !p.toString().contains("alfresco/module/"))
                .toList();
        assertThat(defaults).extracting(p -> p.getFileName().toString())
                .contains("gdpr-retention-share.properties", "retention-overview.get.properties");
        for (Path english : defaults) {
            String bundle = ModuleSources.root().relativize(english).toString().replace(".properties", "");
            Path dutch = english.resolveSibling(english.getFileName().toString().replace(".properties", "_nl.properties"));
            assertThat(dutch).as("Dutch file of " + bundle).exists();
            Map<String, String> en = ModuleResources.properties(bundle + ".properties");
            Map<String, String> nl = ModuleResources.properties(bundle + "_nl.properties");
            assertThat(missing(en, nl)).as("keys of " + bundle + " in one language only").isEmpty();
            assertThat(en).as(bundle).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
            assertThat(nl).as(bundle + "_nl").allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        }
    }

    @Test
    void theBundleCheckFindsAKeyThatLacksALanguage() {
        Map<String, String> en = Map.of("a", "A", "b", "B");
        Map<String, String> nl = Map.of("a", "A", "c", "C");

        assertThat(missing(en, nl)).containsExactly("b (no nl)", "c (no en)");
        assertThat(missing(en, Map.of("a", "A", "b", "B"))).isEmpty();
    }

    @Test
    void everyKeyTheDashletUsesExistsInBothLanguages() {
        Set<String> used = new TreeSet<>();
        for (String file : List.of(ModuleResources.DASHLET + ".js", ModuleResources.DASHLET + ".html.ftl",
                ModuleResources.WEB_RESOURCES + "gdpr-retention/components/dashlets/retention-overview.js")) {
            used.addAll(expand(ModuleSources.messageKeys(ModuleResources.text(file)), ""));
        }
        assertThat(used).contains("header.title", "purge.confirm", "status.EXPIRED", "outcome.WOULD_PURGE",
                "sweep.trashcan", "requests.approved", "consent.GRANTED", "category.CERTIFICATES");
        for (String language : LANGUAGES) {
            Map<String, String> messages = ModuleResources.messages(ModuleResources.DASHLET, language);
            assertThat(used).as("dashlet keys missing in " + language).allSatisfy(key ->
                    assertThat(messages).containsKey(key));
        }
        assertThat(ModuleResources.properties(ModuleResources.DASHLET + "_nl.properties").keySet())
                .containsAll(used);
    }

    @Test
    void everyKeyTheDocumentLibraryScriptUsesExistsInBothLanguages() {
        String script = ModuleResources.text(ModuleResources.WEB_RESOURCES
                + "gdpr-retention/components/documentlibrary/gdpr-actions.js");
        Set<String> used = new TreeSet<>(expand(ModuleSources.messageKeys(script), "gdpr-retention."));
        assertThat(used).contains("gdpr-retention.purge.confirm", "gdpr-retention.status.EXPIRED",
                "gdpr-retention.outcome.REFUSED");
        for (String language : LANGUAGES) {
            Map<String, String> own = ModuleResources.properties(ModuleResources.GLOBAL_BUNDLE
                    + (language.equals("en") ? "" : "_" + language) + ".properties");
            assertThat(used).as("document library keys missing in " + language).allSatisfy(key ->
                    assertThat(own).containsKey(key));
        }
    }

    /** Keys ending in "." are completed at run time with the API's enum values. */
    private static List<String> expand(List<String> keys, String prefix) {
        List<String> result = new ArrayList<>();
        for (String key : keys) {
            if (key.endsWith(".")) {
                String stem = key.substring(prefix.length());
                List<String> values = switch (stem) {
                    case "status." -> STATUSES;
                    case "outcome." -> OUTCOMES;
                    case "category." -> List.of("DOSSIER_TASKS_CONTACTS", "CERTIFICATES", "OTHER");
                    case "consent." -> List.of("NONE", "REQUESTED", "GRANTED", "REFUSED");
                    case "sweep." -> List.of("trashcan", "orphanedContentUrls", "deletedContentStore", "contentStoreOrphans");
                    default -> throw new AssertionError("a message key completed at run time the test does not know: " + key);
                };
                values.forEach(value -> result.add(key + value));
            } else {
                result.add(key);
            }
        }
        return result;
    }

    /** Keys of one language that the other lacks, as "key (no xx)". */
    static List<String> missing(Map<String, String> english, Map<String, String> dutch) {
        List<String> result = new ArrayList<>();
        new TreeSet<>(english.keySet()).stream().filter(k -> !dutch.containsKey(k)).forEach(k -> result.add(k + " (no nl)"));
        new TreeSet<>(dutch.keySet()).stream().filter(k -> !english.containsKey(k)).forEach(k -> result.add(k + " (no en)"));
        return result;
    }

}
