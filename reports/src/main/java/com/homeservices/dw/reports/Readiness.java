package com.homeservices.dw.reports;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a report checks before it reads a mart: that the scope's code exists, and that each mart it reads was computed
 * for the period ({@code mart_refresh}), so a report never shows zeros for figures nobody computed, nor a period that
 * had not ended as if it were complete.
 */
final class Readiness {

    private Readiness() {
    }

    /**
     * Checks that the report can be rendered for the period; returns the last day of data its figures were computed
     * from when the period had not ended by then (a draft, allowed only when {@code draft} is asked for), else null.
     */
    static LocalDate check(Warehouse warehouse, ReportDefinition report, Period period, Scope scope, boolean draft) {
        if (!report.allowsScope(scope.kind())) {
            throw new IllegalArgumentException(report.name() + " is made for the whole company"
                    + (report.scopes().isEmpty() ? "" : " or one " + String.join(" or one ", report.scopes()))
                    + ": it has no " + scope.kindCode() + " scope");
        }
        if (scope.kind() != Scope.Kind.COMPANY && !exists(warehouse, scope)) {
            throw new IllegalArgumentException("no " + scope.kindCode().replace('-', ' ') + " has the code '"
                    + scope.code() + "'");
        }
        String what = report.name() + " for the " + period.kind().code() + " " + period.key();
        String file = warehouse.file() == null ? "" : " --warehouse " + warehouse.file();
        LocalDate draftThrough = null;
        for (String mart : report.marts()) {
            if (heldForAnotherKind(mart, period)) {
                continue;
            }
            Optional<LocalDate> computed = computedThrough(warehouse, mart, period);
            if (computed.isEmpty()) {
                LocalDate through = warehouse.dataThrough();
                if (period.end().isAfter(through)) {
                    throw new DwException(what + " has not ended: its data run to " + through + " and it ends "
                            + period.end() + "; a draft marked incomplete is made with ./dw analyze --from "
                            + period.key() + " --to " + period.key() + " --draft" + file + ", then --draft here");
                }
                throw new DwException(what + " has not been computed: run ./dw analyze --from " + period.key()
                        + " --to " + period.key() + file + " first");
            }
            LocalDate through = computed.get();
            if (period.end().isAfter(through)) {
                if (!draft) {
                    throw new DwException(what + " is incomplete: it was computed from data to " + through
                            + " and ends " + period.end() + "; add --draft to render it marked incomplete, or run"
                            + " ./dw analyze --from " + period.key() + " --to " + period.key() + file
                            + " once its data are loaded");
                }
                draftThrough = draftThrough == null || through.isBefore(draftThrough) ? through : draftThrough;
            }
        }
        return draftThrough;
    }

    /**
     * A mart named for a kind of period ({@code mart_outlet_profit_week}) holds that kind only: a month's report does
     * not read the week's mart, nor a week's the month's, which covers a week across a month's end only once the
     * month has ended.
     */
    private static boolean heldForAnotherKind(String mart, Period period) {
        for (PeriodKind kind : PeriodKind.values()) {
            if (kind != period.kind() && mart.endsWith("_" + kind.code())) {
                return true;
            }
        }
        return false;
    }

    private static boolean exists(Warehouse warehouse, Scope scope) {
        String sql = scope.kind() == Scope.Kind.OUTLET
                ? "select count(*) from dim_outlet where outlet_code = ?"
                : "select count(*) from dim_business_unit where business_unit_code = ?";
        return warehouse.queryLong(sql, scope.code()) > 0;
    }

    /**
     * How far the data went when the mart's period was last computed ({@code mart_refresh}'s newest note covering
     * it); empty when it never was. A note from before that was kept counts as complete.
     */
    private static Optional<LocalDate> computedThrough(Warehouse warehouse, String mart, Period period) {
        try (PreparedStatement query = warehouse.connection().prepareStatement("select coalesce(data_through_on,"
                + " period_to_on) from mart_refresh where mart_name = ? and period_from_on <= ? and period_to_on >= ?"
                + " order by refreshed_at desc limit 1")) {
            query.setString(1, mart);
            query.setDate(2, Date.valueOf(period.start()));
            query.setDate(3, Date.valueOf(period.end()));
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, LocalDate.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DwException("cannot read when " + mart + " was computed: " + Warehouse.firstLine(e.getMessage()),
                    e);
        }
    }
}
