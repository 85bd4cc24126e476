package com.homeservices.dw.jobs.chains;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Which of a chain's analyses still need computing: one whose every mart was recomputed over the range since the last
 * load began (any load, even a failed one, may have changed the facts) holds exactly what computing it again would
 * give. On the first of a month the scheduler's chains share analyses (premium customers and product mix both read
 * customer segmentation; a week's and a month's profitability overlap), and a backfill's periods share their trailing
 * ones: each is computed once. {@code ./dw analyze} always computes.
 */
final class FreshMarts {

    private FreshMarts() {
    }

    /** The work whose marts are not fresh; each piece kept is said on {@code progress}. */
    static List<Analytics.Work> stale(Warehouse warehouse, List<Analytics.Work> work, Consumer<String> progress) {
        return work.stream().filter(w -> {
            boolean fresh = w.analysis().marts().stream().allMatch(mart -> fresh(warehouse, mart, w.range()));
            if (fresh) {
                progress.accept("kept " + w.analysis().name().replace('-', ' ') + " (" + w.range().from() + " to "
                        + w.range().to() + "): computed since the last load began");
            }
            return !fresh;
        }).toList();
    }

    private static boolean fresh(Warehouse warehouse, String mart, Analytics.Range range) {
        String sql = "select count(*) from mart_refresh where mart_name = ? and period_from_on <= ? and period_to_on >= ?"
                + " and refreshed_at >= coalesce((select max(started_at) from etl_run), timestamp '-infinity')";
        try (PreparedStatement query = warehouse.connection().prepareStatement(sql)) {
            query.setString(1, mart);
            query.setDate(2, Date.valueOf(range.from()));
            query.setDate(3, Date.valueOf(range.to()));
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new DwException("cannot read when the marts were computed: " + Warehouse.firstLine(e.getMessage()), e);
        }
    }
}
