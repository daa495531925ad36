package org.gdprretention.share.surf;

import java.util.List;
import java.util.Map;

/**
 * JSON for the widget options as Surf's {@code createWidgets} writes them: plain JSON, except that an object
 * {@code {"_alfValue": name, "_alfType": "REFERENCE"}} becomes the bare JavaScript name it refers to.
 */
public final class WidgetJson {

    private WidgetJson() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            if ("REFERENCE".equals(map.get("_alfType")) && map.get("_alfValue") != null) {
                out.append(map.get("_alfValue"));
                return;
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(SurfController.quote(entry.getKey().toString())).append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            out.append(SurfController.quote(value.toString()));
        }
    }
}
