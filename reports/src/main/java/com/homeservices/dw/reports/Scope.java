package com.homeservices.dw.reports;

/**
 * Whose rows a report shows: the whole company, one business unit or one outlet. A reader who manages one
 * business unit or outlet receives only that scope. A code is letters, digits, '-' and '_' only: it becomes part of
 * a file name.
 */
public record Scope(Kind kind, String code) {

    public enum Kind { COMPANY, BUSINESS_UNIT, OUTLET }

    public static final Scope COMPANY = new Scope(Kind.COMPANY, null);

    public Scope {
        if (kind != Kind.COMPANY && (code == null || code.isBlank())) {
            throw new IllegalArgumentException("a " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " scope needs a code: business-unit:CODE or outlet:CODE");
        }
        if (code != null && !code.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new IllegalArgumentException("'" + code + "' is not a code: a code is up to 40 letters, digits,"
                    + " '-' and '_'");
        }
    }

    /** {@code business-unit:CODE} or {@code outlet:CODE}, as on the command line; null is the whole company. */
    public static Scope parse(String text) {
        if (text == null || text.isBlank()) {
            return COMPANY;
        }
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon);
        String code = colon < 0 ? null : text.substring(colon + 1);
        return switch (kind) {
            case "business-unit" -> new Scope(Kind.BUSINESS_UNIT, code);
            case "outlet" -> new Scope(Kind.OUTLET, code);
            default -> throw new IllegalArgumentException("unknown scope '" + text
                    + "': use business-unit:CODE or outlet:CODE");
        };
    }

    String businessUnit() {
        return kind == Kind.BUSINESS_UNIT ? code : null;
    }

    String outlet() {
        return kind == Kind.OUTLET ? code : null;
    }

    /** A file-name part: empty for the company, else the code. */
    String fileSuffix() {
        return kind == Kind.COMPANY ? "" : "_" + code;
    }

    /** As the command line writes it: {@code business-unit}, {@code outlet}. */
    public String kindCode() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
