package com.homeservices.dw.jobs.schedule;

import com.homeservices.dw.jobs.config.DwConfig;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The company's working days: Monday to Friday, less the configured public holidays, plus the configured make-up
 * working days (China moves weekend days to make long holidays; both lists change every year).
 */
public record WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workingDays) {

    public WorkingCalendar {
        holidays = Set.copyOf(holidays);
        workingDays = Set.copyOf(workingDays);
    }

    public static WorkingCalendar of(DwConfig.Schedule schedule) {
        return new WorkingCalendar(Set.copyOf(schedule.holidays()), Set.copyOf(schedule.workingDays()));
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingDays.contains(day)) {
            return true;
        }
        return !holidays.contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** {@code day} if it is a working day, else the next one. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate working = day;
        while (!isWorkingDay(working)) {
            working = working.plusDays(1);
        }
        return working;
    }
}
