package com.homeservices.dw.warehouse.policy;

import java.util.Locale;

/** Who decides a claim, lowest authority first: the order is the rank (outlet < … < vice president). */
public enum ApprovalLevel {
    OUTLET,
    CLAIMS_SPECIALIST,
    DEPARTMENT_MANAGER,
    VICE_PRESIDENT;

    /** The source's spelling: {@code claims_specialist}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ApprovalLevel ofCode(String code) {
        for (ApprovalLevel level : values()) {
            if (level.code().equals(code)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown approver role '" + code + "'");
    }
}
