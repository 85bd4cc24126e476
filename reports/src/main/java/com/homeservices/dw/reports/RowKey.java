package com.homeservices.dw.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The row of a report a figure is explained for: an outlet or a business unit, and where a table has more than one
 * row for an outlet, the values of its other key columns ({@code outlet:SH-01,kind:hard}), as the command line and
 * the web archive's addresses write it. A row of a table made for the whole company is named by its key columns
 * alone ({@code cut:position,cut_value:nanny}, {@code customer_code:C0001}), or as {@code company} where the table
 * has one row.
 */
public record RowKey(Scope scope, Map<String, String> keys) {

    public RowKey {
        Objects.requireNonNull(scope, "a row's outlet or business unit");
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

    /**
     * {@code outlet:CODE} or {@code business-unit:CODE}, then {@code ,column:value} for each further key; or the key
     * columns alone for a row of the company's ({@code cut:outlet,cut_value:SH-01}); or {@code company}.
     */
    public static RowKey parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("name the row: --row outlet:CODE, --row business-unit:CODE or the"
                    + " row's key columns (cut:position,cut_value:nanny)");
        }
        String[] parts = text.split(",", -1);
        if (parts.length == 1 && parts[0].equals(COMPANY)) {
            return new RowKey(Scope.COMPANY, Map.of());
        }
        boolean scoped = SCOPE_KINDS.stream().anyMatch(kind -> parts[0].startsWith(kind + ":"));
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = scoped ? 1 : 0; i < parts.length; i++) {
            int colon = parts[i].indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("'" + parts[i] + "' is not a row's key: write column:value");
            }
            keys.put(parts[i].substring(0, colon), parts[i].substring(colon + 1));
        }
        return new RowKey(scoped ? Scope.parse(parts[0]) : Scope.COMPANY, keys);
    }

    /** How a row of the company's table with no further key is named. */
    private static final String COMPANY = "company";
    private static final java.util.List<String> SCOPE_KINDS = java.util.List.of("outlet", "business-unit");

    /** As {@link #parse} reads it. */
    public String text() {
        if (scope.kind() == Scope.Kind.COMPANY) {
            return keys.isEmpty() ? COMPANY : keys.entrySet().stream().map(k -> k.getKey() + ":" + k.getValue())
                    .collect(Collectors.joining(","));
        }
        return scope.kindCode() + ":" + scope.code() + keys.entrySet().stream()
                .map(k -> "," + k.getKey() + ":" + k.getValue()).collect(Collectors.joining());
    }

    /** For a reader: {@code outlet SH-01, kind hard}. */
    public String shown() {
        if (scope.kind() == Scope.Kind.COMPANY) {
            return keys.isEmpty() ? "the company" : keys.entrySet().stream().map(k -> k.getKey() + " " + k.getValue())
                    .collect(Collectors.joining(", "));
        }
        return scope.kindCode() + " " + scope.code() + keys.entrySet().stream()
                .map(k -> ", " + k.getKey() + " " + k.getValue()).collect(Collectors.joining());
    }
}
