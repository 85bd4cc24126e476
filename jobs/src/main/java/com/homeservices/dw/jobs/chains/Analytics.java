package com.homeservices.dw.jobs.chains;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.marts.ClaimTotalsRefresh;
import com.homeservices.dw.warehouse.marts.ComplaintHandlingRefresh;
import com.homeservices.dw.warehouse.marts.CustomerSegmentationRefresh;
import com.homeservices.dw.warehouse.marts.OutletProfitabilityRefresh;
import com.homeservices.dw.warehouse.marts.StaffAttritionRefresh;
import com.homeservices.dw.warehouse.period.Fortnight;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Computes the marts for a range of days: each analysis recomputes every one of its periods (fortnights, months)
 * that holds a day of the range.
 */
public final class Analytics {

    /** The analyses {@link #computeAll} runs, in order, by the name the command line prints. */
    public static final String SPARK_START_UP = "Spark start-up";
    public static final String CLAIM_TOTALS = "claim totals";
    public static final String COMPLAINT_HANDLING = "complaint handling";
    public static final String STAFF_ATTRITION = "staff attrition";
    public static final String OUTLET_PROFITABILITY = "outlet profitability";
    public static final String CUSTOMER_SEGMENTATION = "customer segmentation";

    private final RunContext context;

    public Analytics(RunContext context) {
        this.context = context;
    }

    /** Every day from the start of the operational history (the first order, claim or complaint) up to {@code asOf}. */
    public Range everythingUpTo(LocalDate asOf) {
        LocalDate first = firstDay(context.warehouse());
        return new Range(first == null || first.isAfter(asOf) ? asOf : first, asOf);
    }

    /** Every analysis over {@code range}; returns the time each took, in order, Spark's start-up first. */
    public Stopwatch computeAll(Range range) {
        Stopwatch stopwatch = new Stopwatch();
        stopwatch.time(SPARK_START_UP, context::spark);
        stopwatch.time(CLAIM_TOTALS, () -> claimTotals(range));
        stopwatch.time(COMPLAINT_HANDLING, () -> new ComplaintHandlingRefresh(context.warehouse(), context.spark(),
                context.workFolder()).refresh(range.firstMonth(), range.lastMonth()));
        stopwatch.time(STAFF_ATTRITION, () -> new StaffAttritionRefresh(context.warehouse(), context.spark(),
                context.workFolder()).refresh(range.firstMonth(), range.lastMonth()));
        stopwatch.time(OUTLET_PROFITABILITY, () -> new OutletProfitabilityRefresh(context.warehouse(),
                context.spark(), context.workFolder()).refresh(range.from(), range.to()));
        stopwatch.time(CUSTOMER_SEGMENTATION, () -> new CustomerSegmentationRefresh(context.warehouse(),
                context.spark(), context.workFolder()).refresh(range.firstMonth(), range.lastMonth()));
        return stopwatch;
    }

    /** The claim totals of every fortnight holding a day of {@code range}. */
    public void claimTotals(Range range) {
        LocalDate epoch = context.config().policy().fortnightEpoch();
        new ClaimTotalsRefresh(context.warehouse(), context.spark(), context.workFolder())
                .refresh(Fortnight.containing(range.from(), epoch), Fortnight.containing(range.to(), epoch));
    }

    private static LocalDate firstDay(Warehouse warehouse) {
        try (Statement s = warehouse.connection().createStatement();
             ResultSet rs = s.executeQuery("select least((select min(cast(booked_at as date)) from fct_service_order),"
                     + " (select min(cast(reported_at as date)) from fct_claim),"
                     + " (select min(cast(received_at as date)) from fct_complaint))")) {
            rs.next();
            return rs.getObject(1, LocalDate.class);
        } catch (SQLException e) {
            throw new DwException("cannot read where the history starts: " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    /** Days from {@code from} to {@code to}, both included. */
    public record Range(LocalDate from, LocalDate to) {
        public Range {
            if (to.isBefore(from)) {
                throw new DwException("the period range ends (" + to + ") before it starts (" + from + ")");
            }
        }

        public YearMonth firstMonth() {
            return YearMonth.from(from);
        }

        public YearMonth lastMonth() {
            return YearMonth.from(to);
        }
    }
}
