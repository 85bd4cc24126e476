package com.homeservices.dw.reports;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;

/**
 * What a report checks before it reads a mart: that the scope's code exists, and that each mart it reads was computed
 * for the period ({@code mart_refresh}), so a report never shows zeros for figures nobody computed.
 */
final class Readiness {

    private Readiness() {
    }

    static void check(Warehouse warehouse, ReportDefinition report, Period period, Scope scope) {
        if (!report.allowsScope(scope.kind())) {
            throw new IllegalArgumentException(report.name() + " is made for the whole company"
                    + (report.scopes().isEmpty() ? "" : " or one " + String.join(" or one ", report.scopes()))
                    + ": it has no " + scope.kindCode() + " scope");
        }
        if (scope.kind() != Scope.Kind.COMPANY && !exists(warehouse, scope)) {
            throw new IllegalArgumentException("no " + scope.kindCode().replace('-', ' ') + " has the code '"
                    + scope.code() + "'");
        }
        for (String mart : report.marts()) {
            if (!computed(warehouse, mart, period)) {
                throw new DwException(report.name() + " for the " + period.kind().code() + " " + period.key()
                        + " has not been computed: run ./dw analyze --from " + period.key() + " --to " + period.key()
                        + (warehouse.file() == null ? "" : " --warehouse " + warehouse.file()) + " first");
            }
        }
    }

    private static boolean exists(Warehouse warehouse, Scope scope) {
        String sql = scope.kind() == Scope.Kind.OUTLET
                ? "select count(*) from dim_outlet where outlet_code = ?"
                : "select count(*) from dim_business_unit where business_unit_code = ?";
        return warehouse.queryLong(sql, scope.code()) > 0;
    }

    private static boolean computed(Warehouse warehouse, String mart, Period period) {
        return warehouse.queryLong("select count(*) from mart_refresh where mart_name = ? and period_from_on <= ?"
                + " and period_to_on >= ?", mart, period.start(), period.end()) > 0;
    }
}
