package com.homeservices.dw.etl.source;

import java.util.List;

/**
 * The operational tables of source.md, in an order where every table comes after the tables it refers to.
 * The columns are the CSV header and the DDL's column order ({@code source/<dialect>/<table>.sql}).
 */
public enum SourceTable {
    BUSINESS_UNIT("business_unit", "id", "code", "name_zh", "name_en", "updated_at"),
    OUTLET("outlet", "id", "code", "name", "business_unit_id", "city", "district", "opened_on", "closed_on", "updated_at"),
    SERVICE_PRODUCT("service_product", "id", "code", "name_zh", "name_en", "category", "unit", "list_price", "updated_at"),
    CUSTOMER("customer", "id", "code", "kind", "name", "phone", "city", "district", "registered_on", "home_outlet_id", "updated_at"),
    CUSTOMER_FLAG("customer_flag", "id", "customer_id", "flag", "noted_on", "note", "updated_at"),
    STAFF("staff", "id", "code", "name", "gender", "birth_date", "position", "grade", "outlet_id", "hired_on", "probation_end", "left_on", "leave_reason", "monthly_base_wage", "hourly_rate", "updated_at"),
    SERVICE_ORDER("service_order", "id", "order_no", "customer_id", "outlet_id", "product_id", "staff_id", "channel", "booked_at", "scheduled_start", "hours", "quantity", "unit_price", "discount", "amount", "status", "completed_at", "cancelled_at", "cancellation_fee", "satisfaction", "rework_count", "updated_at"),
    CLAIM("claim", "id", "claim_no", "order_id", "outlet_id", "kind", "reported_at", "estimated_loss", "claimed_amount", "approved_amount", "staff_liability_amount", "insurer_recovery", "approver_role", "status", "settled_at", "customer_satisfaction", "updated_at"),
    COMPLAINT("complaint", "id", "complaint_no", "customer_id", "order_id", "outlet_id", "kind", "received_at", "first_response_at", "second_response_at", "resolved_at", "follow_up_at", "outcome", "updated_at"),
    ATTENDANCE("attendance", "staff_id", "work_date", "status", "hours", "updated_at"),
    OUTLET_EXPENSE("outlet_expense", "id", "outlet_id", "month", "category", "amount", "updated_at"),
    PAYROLL("payroll", "id", "staff_id", "outlet_id", "month", "gross_pay", "updated_at"),
    HQ_EXPENSE("hq_expense", "id", "month", "amount", "updated_at");

    private final String tableName;
    private final List<String> columns;

    SourceTable(String tableName, String... columns) {
        this.tableName = tableName;
        this.columns = List.of(columns);
    }

    /** The table's name in the source database and its CSV file's name without {@code .csv}. */
    public String tableName() {
        return tableName;
    }

    public List<String> columns() {
        return columns;
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
