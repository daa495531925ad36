package org.alfresco.repo.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.alfresco.repo.tenant.TenantService;

/**
 * Compile-only copy of the ACS 26.3 signature of the class behind the abstract bean {@code dictionaryModelBootstrap}.
 * The setters keep their values so that the module's Spring wiring can be loaded in tests; registering the models
 * ({@link #bootstrap()}) is ACS's.
 */
public class DictionaryBootstrap {

    private List<String> models = new ArrayList<>();
    private List<String> labels = new ArrayList<>();
    private DictionaryDAO dictionaryDAO;
    private TenantService tenantService;
    private Properties globalProperties;

    public void setModels(List<String> modelResources) {
        this.models = modelResources;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    public void setDictionaryDAO(DictionaryDAO dictionaryDAO) {
        this.dictionaryDAO = dictionaryDAO;
    }

    public void setTenantService(TenantService tenantService) {
        this.tenantService = tenantService;
    }

    public void setGlobalProperties(Properties globalProperties) {
        this.globalProperties = globalProperties;
    }

    public void bootstrap() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
