package com.homeservices.dw.jobs.schedule;

import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which reports are due at a moment: each report is due for each of its periods on the day after the period ends (the
 * Monday after a fortnight or week, the 1st after a month), moved to the next working day, from the configured time.
 * A period already produced is never due again; after downtime every period missed since the last one produced is
 * due, once, oldest first. A report never produced starts with its latest due period (older ones: backfill).
 */
public final class DueReports {

    /** A report's period that is due, and since when. */
    public record Due(ReportDefinition report, Period period, LocalDateTime dueAt) {
    }

    /** The latest period of a report and kind that was produced, if any. */
    @FunctionalInterface
    public interface Produced {
        Optional<Period> latest(String report, PeriodKind kind);
    }

    private final List<ReportDefinition> reports;
    private final WorkingCalendar calendar;
    private final LocalTime reportsAt;
    private final LocalDate epoch;

    public DueReports(List<ReportDefinition> reports, WorkingCalendar calendar, LocalTime reportsAt, LocalDate epoch) {
        this.reports = List.copyOf(reports);
        this.calendar = calendar;
        this.reportsAt = reportsAt;
        this.epoch = epoch;
    }

    /** The rhythm the configuration sets for every report of the catalogue. */
    public static DueReports of(DwConfig config) {
        return new DueReports(ReportCatalogue.load().reports(), WorkingCalendar.of(config.schedule()),
                config.schedule().reportsAt(), config.policy().fortnightEpoch());
    }

    public List<ReportDefinition> reports() {
        return reports;
    }

    /** The Monday fortnights are counted from. */
    public LocalDate epoch() {
        return epoch;
    }

    /** When a period's report is due: its first working day after the period, at the configured time. */
    public LocalDateTime dueAt(Period period) {
        return calendar.onOrAfter(period.dueOn()).atTime(reportsAt);
    }

    /** Every report period due at {@code now} and not produced yet, in the order they fell due. */
    public List<Due> at(LocalDateTime now, Produced produced) {
        List<Due> due = new ArrayList<>();
        for (ReportDefinition report : reports) {
            for (PeriodKind kind : report.periodKinds()) {
                Period latest = kind.lastEnded(now.toLocalDate(), epoch);
                while (dueAt(latest).isAfter(now)) {
                    latest = latest.previous();
                }
                Optional<Period> last = produced.latest(report.name(), kind);
                Period first = last.map(Period::next).orElse(latest);
                for (Period period = first; !period.start().isAfter(latest.start()); period = period.next()) {
                    due.add(new Due(report, period, dueAt(period)));
                }
            }
        }
        due.sort(Comparator.comparing(Due::dueAt).thenComparing(d -> d.period().start()));
        return due;
    }
}
