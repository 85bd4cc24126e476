package com.homeservices.dw.etl.load;

/**
 * The accounting of one source table in one run: every row read is inserted, updated, unchanged (the warehouse
 * already holds exactly it) or rejected.
 */
public record TableCounts(String table, long extracted, long inserted, long updated, long unchanged, long rejected) {

    public long loaded() {
        return inserted + updated + unchanged;
    }

    public boolean balances() {
        return extracted == loaded() + rejected;
    }
}
