package com.homeservices.dw.warehouse.analytics;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.DecimalType;

/**
 * The decimal types and the exact ratio every routine uses (docs/analytics.md "Rules every routine keeps"): money
 * with two decimals, ratios with twelve, never a floating-point value.
 */
public final class Exact {

    /** A sum of money. */
    public static final DecimalType MONEY = DataTypes.createDecimalType(18, 2);
    /** A ratio (a rate, a share, a margin), rounded half up at the twelfth decimal, only for display further. */
    public static final DecimalType RATIO = DataTypes.createDecimalType(24, 12);
    /** A prorated amount or a duration in minutes: six decimals until shown. */
    public static final DecimalType FINE = DataTypes.createDecimalType(24, 6);

    private static final DecimalType WHOLE = DataTypes.createDecimalType(20, 0);

    private Exact() {
    }

    /**
     * {@code numerator ÷ denominator} as a {@link #RATIO}, or null ("none") when the denominator is zero or null.
     * Both are whole numbers or decimals of at most one decimal place (an average headcount). The types make Spark's
     * quotient scale exactly 12 (26 whole digits of 38), so the ratio is rounded half up once.
     */
    public static Column ratio(Column numerator, Column denominator) {
        return noneOverZero(numerator.cast(DataTypes.createDecimalType(26, 1))
                .divide(denominator.cast(DataTypes.createDecimalType(21, 1))), denominator);
    }

    /** As {@link #ratio}, for amounts of money or prorated amounts (at most six decimals): a margin. */
    public static Column moneyRatio(Column numerator, Column denominator) {
        return noneOverZero(numerator.cast(DataTypes.createDecimalType(26, 6))
                .divide(denominator.cast(DataTypes.createDecimalType(24, 6))), denominator);
    }

    /** The quotient as a {@link #RATIO}, or null ("none") when the denominator is zero or null. */
    private static Column noneOverZero(Column quotient, Column denominator) {
        return when(denominator.isNull().or(denominator.equalTo(lit(0))), lit(null).cast(RATIO))
                .otherwise(quotient.cast(RATIO));
    }

    /** A whole number of cents as {@link #MONEY} (exact: a hundredth of a whole number has two decimals). */
    public static Column money(Column cents) {
        return cents.cast(WHOLE).divide(lit(100)).cast(MONEY);
    }

    /**
     * A whole number of cents as a {@link #MONEY} value, for a row a routine builds itself: the cents are the
     * decimal's unscaled digits, so no division is made.
     */
    static Decimal money(long cents) {
        return Decimal.apply(cents, MONEY.precision(), MONEY.scale());
    }

    /** An amount of {@link #MONEY} as a whole number of cents (exact: money has two decimals). */
    public static Column cents(Column money) {
        return money.cast(MONEY).multiply(lit(100)).cast(DataTypes.LongType);
    }

    /** A count as a whole decimal, for sums that must not overflow or turn into floating point. */
    public static Column whole(Column count) {
        return count.cast(WHOLE);
    }
}
