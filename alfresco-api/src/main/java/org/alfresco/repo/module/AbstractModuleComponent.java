package org.alfresco.repo.module;

import java.util.ArrayList;
import java.util.List;

import org.alfresco.repo.security.authentication.AuthenticationComponent;
import org.alfresco.repo.tenant.TenantAdminService;
import org.alfresco.service.ServiceRegistry;
import org.alfresco.service.cmr.module.ModuleService;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.BeanNameAware;

/**
 * Compile-only copy of the ACS 26.3 signature of the base of module components (bootstraps that run once per
 * module version). What a Spring definition with parent {@code module.baseComponent} needs works as in ACS: the
 * setters keep their values, the bean name is the default name and {@link #init()} registers the component with
 * the module service. Running it ({@link #execute()}, once per tenant, with version checks) is ACS's; tests call
 * {@link #executeInternal()} directly.
 */
public abstract class AbstractModuleComponent implements ModuleComponent, BeanNameAware {

    protected ServiceRegistry serviceRegistry;
    protected AuthenticationComponent authenticationComponent;
    protected ModuleService moduleService;

    // ACS uses it to run the component once per tenant, which the stub does not model.
    private TenantAdminService tenantAdminService;
    private String moduleId;
    private String name;
    private String description;
    private String sinceVersion;
    private String appliesFromVersion;
    private String appliesToVersion;
    private List<ModuleComponent> dependsOn = new ArrayList<>(0);
    private boolean executeOnceOnly = true;

    public AbstractModuleComponent() {
        // defaults as in ACS: no dependencies, executed once only
    }

    public void init() {
        if (moduleService != null) {
            moduleService.registerComponent(this);
        }
    }

    /** The properties every component needs, checked as ACS does before it executes one. */
    protected void checkProperties() {
        PropertyCheck.mandatory(this, "serviceRegistry", serviceRegistry);
        PropertyCheck.mandatory(this, "authenticationComponent", authenticationComponent);
        PropertyCheck.mandatory(this, "moduleId", moduleId);
        PropertyCheck.mandatory(this, "name", name);
    }

    protected abstract void executeInternal() throws Throwable;

    @Override
    public final void execute() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public final void shutdown() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public void setServiceRegistry(ServiceRegistry serviceRegistry) {
        this.serviceRegistry = serviceRegistry;
    }

    public void setAuthenticationComponent(AuthenticationComponent authenticationComponent) {
        this.authenticationComponent = authenticationComponent;
    }

    public void setModuleService(ModuleService moduleService) {
        this.moduleService = moduleService;
    }

    public void setTenantAdminService(TenantAdminService tenantAdminService) {
        this.tenantAdminService = tenantAdminService;
    }

    @Override
    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** As in ACS, the bean name is the component's name. */
    @Override
    public void setBeanName(String name) {
        setName(name);
    }

    @Override
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public void setSinceVersion(String version) {
        this.sinceVersion = version;
    }

    public void setAppliesFromVersion(String version) {
        this.appliesFromVersion = version;
    }

    public void setAppliesToVersion(String version) {
        this.appliesToVersion = version;
    }

    @Override
    public ModuleVersionNumber getSinceVersionNumber() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public ModuleVersionNumber getAppliesFromVersionNumber() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public ModuleVersionNumber getAppliesToVersionNumber() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public List<ModuleComponent> getDependsOn() {
        return dependsOn;
    }

    public void setDependsOn(List<ModuleComponent> dependsOn) {
        this.dependsOn = dependsOn;
    }

    @Override
    public boolean isExecuteOnceOnly() {
        return executeOnceOnly;
    }

    public void setExecuteOnceOnly(boolean executeOnceOnly) {
        this.executeOnceOnly = executeOnceOnly;
    }

    @Override
    public String toString() {
        return "ModuleComponent[ module=" + moduleId + ", name=" + name + ", since=" + sinceVersion
                + ", appliesFrom=" + appliesFromVersion + ", appliesTo=" + appliesToVersion + ", onceOnly="
                + executeOnceOnly + "]";
    }
}
