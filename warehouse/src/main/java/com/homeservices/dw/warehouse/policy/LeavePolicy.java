package com.homeservices.dw.warehouse.policy;

import java.util.Objects;

/**
 * Who approves a leave (source.md "Leave", metrics.md "Attendance and leave"): personal leave up to
 * {@code personalLeaveStaffDays} days for grade {@code staff} and {@code personalLeaveSeniorDays} for supervisors and
 * managers, sick leave up to {@code sickLeaveStaffDays} / {@code sickLeaveSeniorDays}, is the supervisor's to
 * approve; longer, up to {@code divisionManagerDays}, the division manager's; over that, the general manager's.
 */
public record LeavePolicy(Integer personalLeaveStaffDays, Integer personalLeaveSeniorDays, Integer sickLeaveStaffDays,
                          Integer sickLeaveSeniorDays, Integer divisionManagerDays) {

    /** Who must approve a leave, lowest first. */
    public enum Approver {
        SUPERVISOR, DIVISION_MANAGER, GENERAL_MANAGER;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public LeavePolicy {
        personalLeaveStaffDays = Objects.requireNonNullElse(personalLeaveStaffDays, 2);
        personalLeaveSeniorDays = Objects.requireNonNullElse(personalLeaveSeniorDays, 1);
        sickLeaveStaffDays = Objects.requireNonNullElse(sickLeaveStaffDays, 3);
        sickLeaveSeniorDays = Objects.requireNonNullElse(sickLeaveSeniorDays, 2);
        divisionManagerDays = Objects.requireNonNullElse(divisionManagerDays, 5);
        for (int limit : new int[] {personalLeaveStaffDays, personalLeaveSeniorDays, sickLeaveStaffDays,
                sickLeaveSeniorDays}) {
            if (limit < 0 || limit > divisionManagerDays) {
                throw new IllegalArgumentException("policy.leave: a supervisor's limit must be from 0 to"
                        + " divisionManagerDays (" + divisionManagerDays + "), not " + limit);
            }
        }
    }

    public static LeavePolicy defaults() {
        return new LeavePolicy(null, null, null, null, null);
    }

    /**
     * Who must approve a leave, as a SQL {@code CASE} over three columns yielding an {@link Approver} code: the one
     * statement of the rule, run by Spark and DuckDB alike. The limits are this record's integers, so nothing from
     * outside enters the text.
     */
    public String approverSql(String kind, String grade, String days) {
        String supervisorLimit = "case when " + kind + " = 'personal_leave' then case when " + grade
                + " = 'staff' then " + personalLeaveStaffDays + " else " + personalLeaveSeniorDays + " end"
                + " else case when " + grade + " = 'staff' then " + sickLeaveStaffDays + " else "
                + sickLeaveSeniorDays + " end end";
        return "case when " + days + " <= " + supervisorLimit + " then '" + Approver.SUPERVISOR.code() + "'"
                + " when " + days + " <= " + divisionManagerDays + " then '" + Approver.DIVISION_MANAGER.code() + "'"
                + " else '" + Approver.GENERAL_MANAGER.code() + "' end";
    }
}
