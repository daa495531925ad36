package org.gdprretention.platform.rest.model;

/** Documents per template. */
public class TemplateCount {

    private TemplateRef template;
    private long count;

    public TemplateCount() {
    }

    public TemplateRef getTemplate() {
        return template;
    }

    public void setTemplate(TemplateRef template) {
        this.template = template;
    }

    public long getCount() {
        return count;
    }

    public void setCount(long count) {
        this.count = count;
    }
}
