package com.homeservices.dw.etl.load;

/** The accounting of one source table in one run: every row read is loaded or rejected. */
public record TableCounts(String table, long extracted, long loaded, long rejected) {

    public boolean balances() {
        return extracted == loaded + rejected;
    }
}
