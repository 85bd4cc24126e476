package com.homeservices.dw.jobs.cli;

import com.homeservices.dw.etl.reconcile.Reconciliation;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.jobs.chains.RunContext;
import com.homeservices.dw.warehouse.DwException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./dw reconcile}: the source's rows and money sums against the warehouse's; non-zero exit on a difference. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Compare the source with the warehouse per table (rows and money sums); exit 1 on any difference.")
final class ReconcileCommand implements Callable<Integer> {

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
        List<String> differing = tables.stream().filter(t -> !t.balances()).map(Reconciliation.TableReconciliation::table)
                .toList();
        if (!differing.isEmpty()) {
            throw new DwException("the warehouse differs from the source in " + String.join(", ", differing));
        }
        System.out.println("\nno difference: every source row is in the warehouse or rejected with a reason");
        return 0;
    }
}
