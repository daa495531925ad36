package org.gdprretention.platform.rest.model;

/** Documents of one template expiring in one month ({@code yyyy-MM}). */
public class MonthCount {

    private String month;
    private TemplateRef template;
    private long count;

    public MonthCount() {
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
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
