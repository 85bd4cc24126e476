package com.homeservices.dw.reports;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The mandated reports of reports.md, by the names the command line uses. */
public enum ReportName {
    /** Claim totals per fortnight (事故或服务质量理赔总额表), every fortnight, the Monday after it ends. */
    CLAIM_TOTALS("claim-totals", PeriodKind.FORTNIGHT);

    private final String commandName;
    private final PeriodKind periodKind;

    ReportName(String commandName, PeriodKind periodKind) {
        this.commandName = commandName;
        this.periodKind = periodKind;
    }

    public String commandName() {
        return commandName;
    }

    public PeriodKind periodKind() {
        return periodKind;
    }

    /** {@code reports/<name>/<name>.jrxml} with its bundles {@code <name>_en}, {@code <name>_zh_CN}. */
    String template() {
        return "reports/" + commandName + "/" + commandName + ".jrxml";
    }

    public static ReportName ofCommandName(String name) {
        for (ReportName report : values()) {
            if (report.commandName.equals(name)) {
                return report;
            }
        }
        throw new IllegalArgumentException("unknown report '" + name + "': the reports are "
                + Arrays.stream(values()).map(ReportName::commandName).collect(Collectors.joining(", ")));
    }

    /** The kind of period a report covers. */
    public enum PeriodKind { FORTNIGHT, WEEK, MONTH }
}
