package com.homeservices.dw.jobs.schedule;

import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** When each schedule fires next: the nightly load, and each report's next period and the moment it falls due. */
public final class NextFirings {

    /** One line of it: what, for which period (null for the load), when. */
    public record Firing(String what, Period period, LocalDateTime at) {
    }

    private NextFirings() {
    }

    public static List<Firing> after(LocalDateTime now, LocalTime nightlyLoadAt, DueReports due,
                                     DueReports.Produced produced) {
        List<Firing> firings = new ArrayList<>();
        LocalDateTime load = now.toLocalDate().atTime(nightlyLoadAt);
        firings.add(new Firing("nightly load", null, load.isAfter(now) ? load : load.plusDays(1)));
        for (ReportDefinition report : due.reports()) {
            for (PeriodKind kind : report.periodKinds()) {
                Period next = produced.latest(report.name(), kind).map(Period::next)
                        .orElse(kind.containing(now.toLocalDate(), due.epoch()));
                while (!due.dueAt(next).isAfter(now)) {
                    next = next.next();   // due already: the hourly look produces it; the next firing is after
                }
                firings.add(new Firing(report.name(), next, due.dueAt(next)));
            }
        }
        return firings;
    }
}
