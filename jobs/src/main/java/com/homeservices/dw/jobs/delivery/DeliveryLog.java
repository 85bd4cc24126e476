package com.homeservices.dw.jobs.delivery;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import com.homeservices.dw.warehouse.period.PeriodKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code report_delivery}: each recipient's message for each report period, and how its sending went. */
final class DeliveryLog {

    /** A delivery's state. */
    record Entry(String report, Period period, String recipient, String status, int attempts,
                 LocalDateTime nextAttemptAt) {
    }

    private final Warehouse warehouse;

    DeliveryLog(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    Optional<Entry> find(String report, Period period, String recipient) {
        List<Entry> entries = query("where report_name = ? and period_kind = ? and period_start_on = ?"
                + " and recipient_id = ?", report, period.kind().code(), period.start(), recipient);
        return entries.stream().findFirst();
    }

    /** Every delivery not sent: failed (to be retried), given up, or left 'sending' by a crash. */
    List<Entry> unsent() {
        return query("where status <> 'sent'");
    }

    /** The failed deliveries whose next try has come. */
    List<Entry> retriesDue(LocalDateTime now) {
        return query("where status = 'failed' and next_attempt_at <= ?", now);
    }

    /** Notes, before the message goes out, that it is being sent: a crash now leaves it 'sending', never resent. */
    void sending(String report, Period period, String recipient, int attempts, LocalDateTime now) {
        warehouse.update("delete from report_delivery where report_name = ? and period_kind = ? and period_start_on = ?"
                + " and recipient_id = ?", report, period.kind().code(), period.start(), recipient);
        warehouse.update("insert into report_delivery values (?, ?, ?, ?, 'sending', ?, ?, null, null, null)", report,
                period.kind().code(), period.start(), recipient, attempts, now);
    }

    void sent(String report, Period period, String recipient, LocalDateTime now) {
        warehouse.update("update report_delivery set status = 'sent', sent_at = ? where report_name = ? and period_kind = ?"
                + " and period_start_on = ? and recipient_id = ?", now, report, period.kind().code(), period.start(),
                recipient);
    }

    /** A refused delivery: tried again at {@code next}, or given up when {@code next} is null. */
    void failed(String report, Period period, String recipient, String why, LocalDateTime next) {
        warehouse.update("update report_delivery set status = ?, next_attempt_at = ?, message = ? where report_name = ?"
                + " and period_kind = ? and period_start_on = ? and recipient_id = ?",
                next == null ? "given_up" : "failed", next, why, report, period.kind().code(), period.start(),
                recipient);
    }

    private List<Entry> query(String where, Object... values) {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement query = warehouse.connection().prepareStatement("select report_name, period_kind,"
                + " period_start_on, recipient_id, status, attempts, next_attempt_at from report_delivery " + where
                + " order by last_attempt_at")) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getString(1), new Period(PeriodKind.ofCode(rs.getString(2)),
                            rs.getObject(3, LocalDate.class)), rs.getString(4), rs.getString(5), rs.getInt(6),
                            rs.getObject(7, LocalDateTime.class)));
                }
            }
        } catch (SQLException e) {
            throw new DwException("cannot read the deliveries: " + Warehouse.firstLine(e.getMessage()), e);
        }
        return entries;
    }
}
