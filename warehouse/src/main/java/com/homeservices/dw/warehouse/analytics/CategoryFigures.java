package com.homeservices.dw.warehouse.analytics;

import java.nio.ByteBuffer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * A customer-month's completed orders and amounts (cents) per product category, packed as one binary value: the
 * orders of each category, then the cents of each, as 8-byte numbers. Two arrays of numbers reach a Spark function
 * as two lists of boxed numbers for every one of millions of customer-months, though only the premium customers'
 * are ever read; one binary value is one array of bytes.
 */
final class CategoryFigures {

    private static final UserDefinedFunction UNPACK = functions.udf(
            (UDF1<byte[], long[]>) CategoryFigures::unpack,
            DataTypes.createArrayType(DataTypes.LongType, false)).asNonNullable();

    private CategoryFigures() {
    }

    static byte[] pack(long[] orders, long[] cents) {
        ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES * (orders.length + cents.length));
        bytes.asLongBuffer().put(orders).put(cents);
        return bytes.array();
    }

    static long[] unpack(byte[] packed) {
        long[] figures = new long[packed.length / Long.BYTES];
        ByteBuffer.wrap(packed).asLongBuffer().get(figures);
        return figures;
    }

    /** The packed figures as one array: the orders of the n categories, then their cents. */
    static Column unpack(Column packed) {
        return UNPACK.apply(packed);
    }
}
