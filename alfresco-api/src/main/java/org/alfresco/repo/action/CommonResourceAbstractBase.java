package org.alfresco.repo.action;

import org.springframework.beans.factory.BeanNameAware;

/** Compile-only copy of the ACS 26.3 signature: the bean name becomes the action's name, as in ACS. */
public abstract class CommonResourceAbstractBase implements BeanNameAware {

    protected String name;

    @Override
    public void setBeanName(String name) {
        this.name = name;
    }
}
