package com.homeservices.dw.etl.generator;

import java.util.Locale;

/** The kinds of dirty row source.md says real exports contain; each name is the reject reason the ETL gives. */
public enum DirtyKind {
    DUPLICATE_KEY,
    ORPHAN_REFERENCE,
    NEGATIVE_AMOUNT,
    ABSURD_AMOUNT,
    UNKNOWN_CODE,
    DATES_OUT_OF_ORDER,
    MISSING_REQUIRED,
    MALFORMED_LINE;

    public String reason() {
        return name().toLowerCase(Locale.ROOT);
    }
}
