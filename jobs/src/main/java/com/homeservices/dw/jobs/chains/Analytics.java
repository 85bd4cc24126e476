package com.homeservices.dw.jobs.chains;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.marts.ClaimTotalsRefresh;
import com.homeservices.dw.warehouse.period.Fortnight;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/** Computes the marts for a range of periods: today the claim totals per fortnight. */
public final class Analytics {

    private final RunContext context;

    public Analytics(RunContext context) {
        this.context = context;
    }

    /** Every fortnight from the first claim's up to the one holding {@code asOf}. */
    public Range everythingUpTo(LocalDate asOf) {
        LocalDate epoch = context.config().policy().fortnightEpoch();
        LocalDate first = firstClaimDay(context.warehouse());
        Fortnight last = Fortnight.containing(asOf, epoch);
        return new Range(Fortnight.containing(first == null || first.isAfter(asOf) ? asOf : first, epoch), last);
    }

    public void compute(Range range) {
        new ClaimTotalsRefresh(context.warehouse(), context.spark(), context.workFolder())
                .refresh(range.first(), range.last());
    }

    private static LocalDate firstClaimDay(Warehouse warehouse) {
        try (Statement s = warehouse.connection().createStatement();
             ResultSet rs = s.executeQuery("select min(cast(reported_at as date)) from fct_claim")) {
            rs.next();
            return rs.getObject(1, LocalDate.class);
        } catch (SQLException e) {
            throw new DwException("cannot read the claims' dates: " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    /** Fortnights from {@code first} to {@code last}, both included. */
    public record Range(Fortnight first, Fortnight last) {
        public Range {
            if (last.start().isBefore(first.start())) {
                throw new DwException("the period range ends (" + last + ") before it starts (" + first + ")");
            }
        }
    }
}
