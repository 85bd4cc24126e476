package com.homeservices.dw.etl.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operational tables of source.md, in an order where every table comes after the tables it refers to.
 * The columns are the CSV header and the DDL's column order ({@code source/<dialect>/<table>.sql}); a column written
 * {@code name:type} is read from a CSV file as that DuckDB type (the type {@code sql/etl/<table>/typed.sql} casts it
 * to), the others as text.
 */
public enum SourceTable {
    BUSINESS_UNIT("business_unit", "id:bigint", "code", "name_zh", "name_en", "updated_at:timestamp"),
    OUTLET("outlet", "id:bigint", "code", "name", "business_unit_id:bigint", "city", "district", "opened_on:date", "closed_on:date", "updated_at:timestamp"),
    SERVICE_PRODUCT("service_product", "id:bigint", "code", "name_zh", "name_en", "category", "unit", "list_price:decimal(14,2)", "updated_at:timestamp"),
    CUSTOMER("customer", "id:bigint", "code", "kind", "name", "phone", "city", "district", "registered_on:date", "home_outlet_id:bigint", "updated_at:timestamp"),
    CUSTOMER_FLAG("customer_flag", "id:bigint", "customer_id:bigint", "flag", "noted_on:date", "note", "updated_at:timestamp"),
    STAFF("staff", "id:bigint", "code", "name", "gender", "birth_date:date", "position", "grade", "outlet_id:bigint", "hired_on:date", "probation_end:date", "left_on:date", "leave_reason", "monthly_base_wage:decimal(14,2)", "hourly_rate:decimal(14,2)", "updated_at:timestamp"),
    SERVICE_ORDER("service_order", "id:bigint", "order_no", "customer_id:bigint", "outlet_id:bigint", "product_id:bigint", "staff_id:bigint", "channel", "booked_at:timestamp", "scheduled_start:timestamp", "hours:decimal(8,2)", "quantity:decimal(10,2)", "unit_price:decimal(14,2)", "discount:decimal(14,2)", "amount:decimal(14,2)", "status", "completed_at:timestamp", "cancelled_at:timestamp", "cancellation_fee:decimal(14,2)", "satisfaction:integer", "rework_count:integer", "updated_at:timestamp"),
    CLAIM("claim", "id:bigint", "claim_no", "order_id:bigint", "outlet_id:bigint", "kind", "reported_at:timestamp", "estimated_loss:decimal(14,2)", "claimed_amount:decimal(14,2)", "approved_amount:decimal(14,2)", "staff_liability_amount:decimal(14,2)", "insurer_recovery:decimal(14,2)", "approver_role", "status", "settled_at:timestamp", "customer_satisfaction:integer", "updated_at:timestamp"),
    COMPLAINT("complaint", "id:bigint", "complaint_no", "customer_id:bigint", "order_id:bigint", "outlet_id:bigint", "kind", "received_at:timestamp", "first_response_at:timestamp", "second_response_at:timestamp", "resolved_at:timestamp", "follow_up_at:timestamp", "outcome", "updated_at:timestamp"),
    ATTENDANCE("attendance", "staff_id:bigint", "work_date:date", "status", "hours:decimal(6,2)", "updated_at:timestamp"),
    OUTLET_EXPENSE("outlet_expense", "id:bigint", "outlet_id:bigint", "month:date", "category", "amount:decimal(14,2)", "updated_at:timestamp"),
    PAYROLL("payroll", "id:bigint", "staff_id:bigint", "outlet_id:bigint", "month:date", "gross_pay:decimal(14,2)", "updated_at:timestamp"),
    HQ_EXPENSE("hq_expense", "id:bigint", "month:date", "amount:decimal(14,2)", "updated_at:timestamp");

    private final String tableName;
    private final List<String> columns;
    private final Map<String, String> types = new LinkedHashMap<>();

    SourceTable(String tableName, String... columns) {
        this.tableName = tableName;
        List<String> names = new ArrayList<>();
        for (String column : columns) {
            String[] nameAndType = column.split(":", 2);
            names.add(nameAndType[0]);
            types.put(nameAndType[0], nameAndType.length == 2 ? nameAndType[1] : "varchar");
        }
        this.columns = List.copyOf(names);
    }

    /** The table's name in the source database and its CSV file's name without {@code .csv}. */
    public String tableName() {
        return tableName;
    }

    public List<String> columns() {
        return columns;
    }

    /** The DuckDB type a CSV file's column is read as: {@code varchar}, {@code bigint}, {@code decimal(14,2)} … */
    public String type(String column) {
        columnIndex(column);
        return types.get(column);
    }

    /**
     * The columns that identify a row in the source, joined by {@code @} where there are several: the id, or for
     * attendance the staff member and the day.
     */
    public List<String> keyColumns() {
        return this == ATTENDANCE ? List.of("staff_id", "work_date") : List.of("id");
    }

    /**
     * The SQL of a row's source id (as a reject names it): {@code values}, the text of its key columns in
     * {@link #keyColumns()}'s order, joined by {@code @}.
     */
    public static String sourceId(List<String> values) {
        return String.join(" || '@' || ", values);
    }

    public int columnIndex(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(tableName + " has no column " + column);
        }
        return index;
    }

    public String csvFileName() {
        return tableName + ".csv";
    }

    public static SourceTable ofName(String name) {
        for (SourceTable table : values()) {
            if (table.tableName.equals(name)) {
                return table;
            }
        }
        throw new IllegalArgumentException("no source table " + name);
    }
}
