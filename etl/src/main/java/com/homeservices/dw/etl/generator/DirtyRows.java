package com.homeservices.dw.etl.generator;

import com.homeservices.dw.etl.source.SourceTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Spoils a chosen share of the rows on their way to the writer, one kind of dirt per spoiled row, and remembers each
 * spoiled row. A row that other rows refer to is only ever duplicated (the copy is the bad row), so no clean row
 * becomes an orphan by accident. Its random stream is its own, so the clean rows do not depend on the rate.
 */
final class DirtyRows {

    /** Far above any clean id, so duplicates never collide with real rows. */
    private static final long DUPLICATE_ID_BASE = 9_000_000_000L;
    private static final long ORPHAN_ID_BASE = 8_000_000_000L;
    static final BigDecimal ABSURD_AMOUNT = new BigDecimal("99999999.99");

    /** Which columns each kind of dirt touches, per table. */
    private record Spec(String naturalKey, String required, String code, String money, String orphan,
                        String earlier, String later) {
    }

    private static final Map<SourceTable, Spec> SPECS = new EnumMap<>(Map.ofEntries(
            Map.entry(SourceTable.BUSINESS_UNIT, new Spec("code", "name_en", null, null, null, null, null)),
            Map.entry(SourceTable.OUTLET, new Spec("code", "name", null, null, "business_unit_id", "opened_on", "closed_on")),
            Map.entry(SourceTable.SERVICE_PRODUCT, new Spec("code", "name_en", "category", "list_price", null, null, null)),
            Map.entry(SourceTable.CUSTOMER, new Spec("code", "kind", "kind", null, "home_outlet_id", null, null)),
            Map.entry(SourceTable.CUSTOMER_FLAG, new Spec(null, "flag", "flag", null, "customer_id", null, null)),
            Map.entry(SourceTable.STAFF, new Spec("code", "hired_on", "position", "monthly_base_wage", "outlet_id", "hired_on", "left_on")),
            Map.entry(SourceTable.SERVICE_ORDER, new Spec("order_no", "booked_at", "status", "amount", "outlet_id", "booked_at", "completed_at")),
            Map.entry(SourceTable.CLAIM, new Spec("claim_no", "reported_at", "kind", "claimed_amount", "order_id", "reported_at", "settled_at")),
            Map.entry(SourceTable.COMPLAINT, new Spec("complaint_no", "received_at", "kind", null, "customer_id", "received_at", "first_response_at")),
            Map.entry(SourceTable.ATTENDANCE, new Spec("work_date", "status", "status", null, null, null, null)),
            Map.entry(SourceTable.OUTLET_EXPENSE, new Spec("category", "month", "category", "amount", "outlet_id", null, null)),
            Map.entry(SourceTable.PAYROLL, new Spec("month", "month", null, "gross_pay", "staff_id", null, null)),
            Map.entry(SourceTable.HQ_EXPENSE, new Spec("month", "month", null, "amount", null, null, null))));

    private final double rate;
    private final SplittableRandom random;
    private final SourceWriter writer;
    private final List<SpoiledRow> spoiled = new ArrayList<>();
    private long duplicates;
    private long orphans;

    DirtyRows(double rate, long seed, SourceWriter writer) {
        this.rate = rate;
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.writer = writer;
    }

    /**
     * Writes the row, spoiled with the configured probability.
     *
     * @param referenced whether other rows refer to this one (then only a duplicate copy may be dirty)
     * @return whether the row itself is now bad, so nothing should refer to it
     */
    boolean write(SourceTable table, Object[] row, boolean referenced) {
        if (rate <= 0 || random.nextDouble() >= rate) {
            writer.write(table, row);
            return false;
        }
        List<DirtyKind> kinds = applicable(table, row, referenced);
        if (kinds.isEmpty()) {
            writer.write(table, row);
            return false;
        }
        DirtyKind kind = kinds.get(random.nextInt(kinds.size()));
        Spec spec = SPECS.get(table);
        Object[] bad = row.clone();
        switch (kind) {
            case DUPLICATE_KEY -> {
                writer.write(table, row);
                if (table != SourceTable.ATTENDANCE) {
                    bad[0] = DUPLICATE_ID_BASE + ++duplicates;
                }
                writer.write(table, bad);
                spoiled.add(new SpoiledRow(table, idOf(table, bad), kind));
                return false;
            }
            case MALFORMED_LINE -> {
                String line = SourceValues.csvLine(row);
                // Too many fields or too few: a broken line that cannot swallow the lines after it.
                writer.writeMalformedLine(table, random.nextBoolean()
                        ? line + ",EXTRA,FIELDS" : line.substring(0, line.lastIndexOf(',')));
                spoiled.add(new SpoiledRow(table, idOf(table, row), kind));
                return true;
            }
            case MISSING_REQUIRED -> bad[table.columnIndex(spec.required())] = null;
            case UNKNOWN_CODE -> bad[table.columnIndex(spec.code())] = "no_such_code";
            case NEGATIVE_AMOUNT -> {
                int i = table.columnIndex(spec.money());
                bad[i] = ((BigDecimal) bad[i]).negate();
            }
            case ABSURD_AMOUNT -> bad[table.columnIndex(spec.money())] = ABSURD_AMOUNT;
            case ORPHAN_REFERENCE -> bad[table.columnIndex(spec.orphan())] = ORPHAN_ID_BASE + ++orphans;
            case DATES_OUT_OF_ORDER -> bad[table.columnIndex(spec.later())] = dayBefore(bad[table.columnIndex(spec.earlier())]);
        }
        writer.write(table, bad);
        spoiled.add(new SpoiledRow(table, idOf(table, row), kind));
        return true;
    }

    private List<DirtyKind> applicable(SourceTable table, Object[] row, boolean referenced) {
        Spec spec = SPECS.get(table);
        List<DirtyKind> kinds = new ArrayList<>();
        // Attendance's key is its primary key: only a file, not a database, can hold a row twice.
        if (spec.naturalKey() != null && (table != SourceTable.ATTENDANCE || writer.acceptsMalformedLines())) {
            kinds.add(DirtyKind.DUPLICATE_KEY);
        }
        if (referenced) {
            return kinds;
        }
        if (spec.required() != null) {
            kinds.add(DirtyKind.MISSING_REQUIRED);
        }
        if (spec.code() != null) {
            kinds.add(DirtyKind.UNKNOWN_CODE);
        }
        if (spec.money() != null && row[table.columnIndex(spec.money())] instanceof BigDecimal amount
                && amount.signum() > 0) {
            kinds.add(DirtyKind.NEGATIVE_AMOUNT);
            // A company-wide monthly head-office cost has no "absurd" ceiling (see hq_expense/typed.sql).
            if (table != SourceTable.HQ_EXPENSE) {
                kinds.add(DirtyKind.ABSURD_AMOUNT);
            }
        }
        if (spec.orphan() != null && row[table.columnIndex(spec.orphan())] != null) {
            kinds.add(DirtyKind.ORPHAN_REFERENCE);
        }
        if (spec.later() != null && row[table.columnIndex(spec.later())] != null
                && row[table.columnIndex(spec.earlier())] != null) {
            kinds.add(DirtyKind.DATES_OUT_OF_ORDER);
        }
        if (writer.acceptsMalformedLines()) {
            kinds.add(DirtyKind.MALFORMED_LINE);
        }
        return kinds;
    }

    private static Object dayBefore(Object value) {
        if (value instanceof LocalDateTime t) {
            return t.minusDays(1);
        }
        return ((LocalDate) value).minusDays(1);
    }

    /** The id a reject will carry: the id column, or staff_id@work_date for attendance, which has none. */
    static String idOf(SourceTable table, Object[] row) {
        if (table == SourceTable.ATTENDANCE) {
            return row[0] + "@" + row[1];
        }
        return String.valueOf(row[0]);
    }

    List<SpoiledRow> spoiled() {
        return spoiled;
    }
}
