package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.etl.reconcile.Reconciliation;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.warehouse.DwException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./dw reconcile}: the source's rows and money sums against the warehouse's; non-zero exit on a difference. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Compare the source with the warehouse per table (rows and money sums); exit 1 on any difference.")
final class ReconcileCommand implements Callable<Integer> {

    /** The held-back rows a table lists; beyond them, their count. */
    private static final int SHOWN_HELD_BACK = 20;

    @Mixin
    CommonOptions common;

    @Option(names = "--from", required = true, paramLabel = "csv:DIR|jdbc:URL", description = "The source.")
    String from;

    @Override
    public Integer call() {
        List<Reconciliation.TableReconciliation> tables;
        try (RunContext context = new RunContext(common.existingWarehouseConfig())) {
            tables = new Reconciliation(context.warehouse(), context.sourcePassword())
                    .reconcile(SourceLocation.parse(from));
        }
        System.out.printf("%-16s %12s %12s %12s %12s%n", "table", "source", "warehouse", "rejected", "difference");
        for (Reconciliation.TableReconciliation t : tables) {
            System.out.printf("%-16s %,12d %,12d %,12d %,12d%n", t.table(), t.sourceRows(), t.warehouseRows(),
                    t.rejectedRows(), t.difference());
        }
        System.out.printf("%n%-40s %18s %18s %18s %14s%n", "money column", "source", "warehouse", "rejected", "difference");
        for (Reconciliation.TableReconciliation t : tables) {
            for (Reconciliation.ColumnSums s : t.sums()) {
                System.out.printf("%-40s %18s %18s %18s %14s%n", t.table() + "." + s.column(), s.source().toPlainString(),
                        s.warehouse().toPlainString(), s.rejected().toPlainString(), s.difference().toPlainString());
            }
        }
        tables.stream().filter(t -> !t.heldBack().isEmpty()).forEach(ReconcileCommand::printHeldBack);
        tables.stream().filter(t -> t.unmatched() != null).forEach(ReconcileCommand::printUnmatched);
        List<String> differing = tables.stream().filter(t -> !t.balances()).map(ReconcileCommand::differs).toList();
        if (!differing.isEmpty()) {
            throw new DwException("the warehouse differs from the source in " + String.join(", ", differing));
        }
        System.out.println("\nno difference: every source row is in the warehouse or rejected with a reason");
        return 0;
    }

    /** The rows whose newer source version was rejected while the warehouse keeps the last one it loaded. */
    private static void printHeldBack(Reconciliation.TableReconciliation table) {
        List<Reconciliation.HeldBack> held = table.heldBack();
        System.out.printf("%n%s: %,d %s at its last loaded version; the source's newer one was rejected:%n",
                table.table(), held.size(), held.size() == 1 ? "row is kept" : "rows are kept");
        for (Reconciliation.HeldBack row : held.subList(0, Math.min(held.size(), SHOWN_HELD_BACK))) {
            StringBuilder amounts = new StringBuilder();
            for (int i = 0; i < table.sums().size(); i++) {
                BigDecimal kept = row.warehouseAmounts().get(i);
                BigDecimal rejected = row.rejectedAmounts().get(i);
                if (kept == null || rejected == null || kept.compareTo(rejected) != 0) {
                    amounts.append(String.format("; %s %s kept, %s at the source", table.sums().get(i).column(),
                            plain(kept), plain(rejected)));
                }
            }
            System.out.printf("  %s (id %s): rejected in run %d (%s); the warehouse keeps run %d's%s%n",
                    row.businessKey() == null ? "row" : row.businessKey(), row.sourceId(), row.rejectedInRun(),
                    row.reason(), row.keptFromRun(), amounts);
        }
        if (held.size() > SHOWN_HELD_BACK) {
            System.out.printf("  … and %,d more%n", held.size() - SHOWN_HELD_BACK);
        }
        System.out.println(table.balancesBesidesHeldBack()
                ? "  counting each of them once, as its rejected source version, the table balances"
                : "  counting each of them once, the table still differs: rows are missing or extra besides them");
    }

    /** The rows by id that the source has and the warehouse lacks, and the other way round. */
    private static void printUnmatched(Reconciliation.TableReconciliation table) {
        Reconciliation.Unmatched unmatched = table.unmatched();
        if (unmatched.notLoaded() > 0) {
            System.out.printf("%n%s: %,d source %s neither loaded nor rejected (added since the last load?): id %s%s%n",
                    table.table(), unmatched.notLoaded(), unmatched.notLoaded() == 1 ? "row is" : "rows are",
                    String.join(", ", unmatched.notLoadedIds()), more(unmatched.notLoaded(), unmatched.notLoadedIds()));
        }
        if (unmatched.notInSource() > 0) {
            System.out.printf("%n%s: %,d warehouse %s no longer in the source (deleted there?): id %s%s%n",
                    table.table(), unmatched.notInSource(), unmatched.notInSource() == 1 ? "row is" : "rows are",
                    String.join(", ", unmatched.notInSourceIds()), more(unmatched.notInSource(),
                            unmatched.notInSourceIds()));
        }
        if (unmatched.notLoaded() == 0 && unmatched.notInSource() == 0) {
            System.out.printf("%n%s: every source id is in the warehouse or rejected and every warehouse id in the"
                    + " source: the amounts differ (a row changed at the source since the last load?)%n", table.table());
        }
    }

    private static String more(long count, List<String> shown) {
        return count > shown.size() ? String.format(" … and %,d more", count - shown.size()) : "";
    }

    /** {@code service_order}, with why where it is known. */
    private static String differs(Reconciliation.TableReconciliation table) {
        List<String> why = new ArrayList<>();
        if (!table.heldBack().isEmpty()) {
            why.add(table.heldBack().size() + (table.heldBack().size() == 1 ? " row" : " rows")
                    + " kept at the last loaded version while the source's newer one is rejected");
        }
        Reconciliation.Unmatched unmatched = table.unmatched();
        if (unmatched != null && unmatched.notLoaded() > 0) {
            why.add(unmatched.notLoaded() + " not loaded yet");
        }
        if (unmatched != null && unmatched.notInSource() > 0) {
            why.add(unmatched.notInSource() + " no longer in the source");
        }
        if (unmatched != null && unmatched.notLoaded() == 0 && unmatched.notInSource() == 0) {
            why.add("amounts changed at the source");
        }
        return why.isEmpty() ? table.table() : table.table() + " (" + String.join(", ", why) + ", listed above)";
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "unreadable" : amount.toPlainString();
    }
}
