package com.homeservices.dw.warehouse.marts;

import com.homeservices.dw.warehouse.period.PeriodKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One analysis of metrics.md: a Spark routine and the marts it refreshes. {@code ./dw analyze} and the report chains
 * iterate {@link Analyses#all}; a report names the analyses whose marts it reads.
 */
public interface Analysis {

    /** As the command line and the report definitions write it: {@code claim-totals}. */
    String name();

    /** The kinds of period its marts hold rows for. */
    Set<PeriodKind> periodKinds();

    /** The marts it replaces, each noted in {@code mart_refresh} for the periods it recomputed. */
    List<String> marts();

    /** Recomputes every one of its periods that holds a day from {@code from} to {@code to}. */
    void refresh(LocalDate from, LocalDate to);

    /**
     * As {@link #refresh}, leaving out the periods that end after {@code endsBy} (the last whole day of data): a
     * period still running is not computed unless asked for as a draft. Does nothing when no period is left.
     */
    default void refreshEnded(LocalDate from, LocalDate to, LocalDate endsBy, LocalDate epoch) {
        LocalDate last = to;
        for (PeriodKind kind : periodKinds()) {
            LocalDate ended = kind.lastEnded(endsBy, epoch).end();
            if (ended.isBefore(last)) {
                last = ended;
            }
        }
        if (!last.isBefore(from)) {
            refresh(from, last);
        }
    }

    /**
     * Whether it runs in a thread of its own beside the others: a long routine that keeps both cores busy (customer
     * segmentation) fills the core the small routines' planning and single-task stages leave idle.
     */
    default boolean runsBesideTheOthers() {
        return false;
    }
}
