package app.frontline.demo;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * Builds one NDJSON record in a reused buffer. Hand-written rather than a JSON library because
 * the format is small and a million records a minute want no per-field objects.
 */
final class JsonLine {

    private final StringBuilder sb = new StringBuilder(1024);
    private boolean first;

    JsonLine begin(String type, String id) {
        sb.setLength(0);
        sb.append("{\"type\":\"").append(type).append('"');
        first = false;
        return str("id", id);
    }

    JsonLine str(String key, String value) {
        key(key).append('"');
        escape(value);
        sb.append('"');
        return this;
    }

    JsonLine num(String key, long value) {
        key(key).append(value);
        return this;
    }

    JsonLine bool(String key, boolean value) {
        key(key).append(value);
        return this;
    }

    JsonLine nul(String key) {
        key(key).append("null");
        return this;
    }

    /** Money from cents, as {@code "129.90"} or, when {@code asNumber}, as {@code 129.9}. */
    JsonLine money(String key, long cents, boolean asNumber) {
        key(key);
        if (!asNumber) {
            sb.append('"');
        }
        sb.append(cents / 100);
        int rest = (int) (cents % 100);
        if (!asNumber) {
            sb.append('.').append((char) ('0' + rest / 10)).append((char) ('0' + rest % 10));
            sb.append('"');
        } else if (rest != 0) {
            sb.append('.').append((char) ('0' + rest / 10));
            if (rest % 10 != 0) {
                sb.append((char) ('0' + rest % 10));
            }
        }
        return this;
    }

    /** An ISO-8601 instant written at the given UTC offset ({@code Z} when 0 and not forced). */
    JsonLine time(String key, long epochSecond, TimeStyle style) {
        key(key).append('"');
        appendTime(epochSecond, style);
        sb.append('"');
        return this;
    }

    JsonLine openArray(String key) {
        key(key).append('[');
        first = true;
        return this;
    }

    JsonLine closeArray() {
        sb.append(']');
        first = false;
        return this;
    }

    JsonLine openObject() {
        if (!first) {
            sb.append(',');
        }
        sb.append('{');
        first = true;
        return this;
    }

    JsonLine closeObject() {
        sb.append('}');
        first = false;
        return this;
    }

    JsonLine openObject(String key) {
        key(key).append('{');
        first = true;
        return this;
    }

    JsonLine element(String value) {
        if (!first) {
            sb.append(',');
        }
        first = false;
        sb.append('"');
        escape(value);
        sb.append('"');
        return this;
    }

    void writeTo(Writer out) throws IOException {
        sb.append("}\n");
        out.append(sb);
    }

    private StringBuilder key(String key) {
        if (!first) {
            sb.append(',');
        }
        first = false;
        return sb.append('"').append(key).append("\":");
    }

    private void appendTime(long epochSecond, TimeStyle style) {
        int offset = style.offsetSeconds(epochSecond);
        long local = epochSecond + offset;
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400));
        int secondOfDay = (int) Math.floorMod(local, 86_400);
        sb.append(date.getYear()).append('-');
        two(date.getMonthValue()).append('-');
        two(date.getDayOfMonth()).append('T');
        two(secondOfDay / 3600).append(':');
        two(secondOfDay / 60 % 60).append(':');
        two(secondOfDay % 60);
        if (style.millis() >= 0) {
            int ms = style.millis();
            sb.append('.').append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10))
                    .append((char) ('0' + ms % 10));
        }
        if (offset == 0 && !style.forceOffset()) {
            sb.append('Z');
            return;
        }
        int abs = Math.abs(offset);
        sb.append(offset < 0 ? '-' : '+');
        two(abs / 3600).append(':');
        two(abs / 60 % 60);
    }

    private StringBuilder two(int value) {
        return sb.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private void escape(String value) {
        int clean = 0;
        while (clean < value.length() && needsNoEscape(value.charAt(clean))) {
            clean++;
        }
        sb.append(value, 0, clean); // nearly always the whole string
        for (int i = clean; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }

    private static boolean needsNoEscape(char c) {
        return c >= 0x20 && c != '"' && c != '\\';
    }
}
