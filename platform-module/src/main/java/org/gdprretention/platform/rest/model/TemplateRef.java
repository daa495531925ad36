package org.gdprretention.platform.rest.model;

/** A template: its node id and name. */
public class TemplateRef {

    private String id;
    private String name;

    public TemplateRef() {
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
