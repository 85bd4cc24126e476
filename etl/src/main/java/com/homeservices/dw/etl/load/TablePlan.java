package com.homeservices.dw.etl.load;

import java.util.List;

/** How one source table is loaded: where it lands, and the SQL files run after its rows load. */
public record TablePlan(TableTarget target, List<String> followUps) {

    public TablePlan {
        followUps = List.copyOf(followUps);
    }

    public static TablePlan of(TableTarget target, String... followUps) {
        return new TablePlan(target, List.of(followUps));
    }
}
