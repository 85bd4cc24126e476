package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.etl.reconcile.Reconciliation;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.warehouse.DwException;
import java.math.BigDecimal;
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

    /** {@code service_order}, with why where it is known. */
    private static String differs(Reconciliation.TableReconciliation table) {
        if (table.heldBack().isEmpty()) {
            return table.table();
        }
        return table.table() + " (" + table.heldBack().size() + (table.heldBack().size() == 1 ? " row" : " rows")
                + " kept at the last loaded version while the source's newer one is rejected, listed above"
                + (table.balancesBesidesHeldBack() ? "" : ", and more") + ")";
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "unreadable" : amount.toPlainString();
    }
}
