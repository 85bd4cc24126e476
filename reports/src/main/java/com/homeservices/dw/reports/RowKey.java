package com.homeservices.dw.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The row of a report a figure is explained for: an outlet or a business unit, and where a table has more than one
 * row for an outlet, the values of its other key columns ({@code outlet:SH-01,kind:hard}), as the command line and
 * the web archive's addresses write it.
 */
public record RowKey(Scope scope, Map<String, String> keys) {

    public RowKey {
        Objects.requireNonNull(scope, "a row's outlet or business unit");
        if (scope.kind() == Scope.Kind.COMPANY) {
            throw new IllegalArgumentException("name the row: --row outlet:CODE or --row business-unit:CODE");
        }
        keys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        keys.forEach((name, value) -> {
            if (!name.matches("[a-z][a-z_]{0,39}") || !value.matches("[A-Za-z0-9_-]{1,40}")) {
                throw new IllegalArgumentException("'" + name + ":" + value + "' is not a row's key: a column's name,"
                        + " ':' and a value of up to 40 letters, digits, '-' and '_'");
            }
        });
    }

    /** An outlet's or a business unit's row. */
    public static RowKey of(Scope scope) {
        return new RowKey(scope, Map.of());
    }

    /** {@code outlet:CODE} or {@code business-unit:CODE}, then {@code ,column:value} for each further key. */
    public static RowKey parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("name the row: --row outlet:CODE or --row business-unit:CODE");
        }
        String[] parts = text.split(",", -1);
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int colon = parts[i].indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("'" + parts[i] + "' is not a row's key: write column:value");
            }
            keys.put(parts[i].substring(0, colon), parts[i].substring(colon + 1));
        }
        return new RowKey(Scope.parse(parts[0]), keys);
    }

    /** As {@link #parse} reads it. */
    public String text() {
        return scope.kindCode() + ":" + scope.code() + keys.entrySet().stream()
                .map(k -> "," + k.getKey() + ":" + k.getValue()).collect(Collectors.joining());
    }

    /** For a reader: {@code outlet SH-01, kind hard}. */
    public String shown() {
        return scope.kindCode() + " " + scope.code() + keys.entrySet().stream()
                .map(k -> ", " + k.getKey() + " " + k.getValue()).collect(Collectors.joining());
    }

    /** Whether a row of a table or of its explanation is this one: its outlet or business unit, and its keys. */
    boolean matches(Map<String, Object> row) {
        String column = scope.kind() == Scope.Kind.OUTLET ? "outlet_code" : "business_unit_code";
        return scope.code().equals(String.valueOf(row.get(column)))
                && keys.entrySet().stream().allMatch(k -> k.getValue().equals(String.valueOf(row.get(k.getKey()))));
    }
}
