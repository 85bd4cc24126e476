package com.homeservices.dw.jobs.chains;

import com.homeservices.dw.jobs.schedule.DueReports;
import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the schedule's triggers start: the nightly load, and every report period that is due and whose data is
 * loaded. A period whose data is not loaded yet (the last completed load began before the period ended) is marked
 * late and stays due; a report's later periods wait behind it, so periods are produced once each, in order.
 */
public final class ScheduledWork {

    /** Opens what a piece of work needs (the warehouse, held only while the work runs). */
    @FunctionalInterface
    public interface Opener {
        RunContext open();
    }

    /** Computes and renders (and delivers) one report for one period; what tests replace. */
    @FunctionalInterface
    public interface Producer {
        List<Path> produce(RunContext context, ReportDefinition report, Period period);
    }

    /** Loads the source; what tests replace. */
    @FunctionalInterface
    public interface Loader {
        void load(RunContext context);
    }

    /** Sends again what the mail server refused before, when its time has come; what tests replace. */
    @FunctionalInterface
    public interface Retrier {
        void retry(RunContext context);
    }

    /** Tells the operators, once, that a run failed; what tests replace. */
    @FunctionalInterface
    public interface Alerter {
        void alert(String subject, String body);
    }

    /** How a due period ended this time. */
    public record Outcome(String report, Period period, String status, String message) {
    }

    private final DueReports due;
    private final Opener opener;
    private final Loader loader;
    private final Producer producer;
    private final Retrier retrier;
    private final Alerter alerter;
    private final Consumer<String> log;
    private volatile boolean stopping;

    public ScheduledWork(DueReports due, Opener opener, Loader loader, Producer producer, Retrier retrier,
                         Alerter alerter, Consumer<String> log) {
        this.due = due;
        this.opener = opener;
        this.loader = loader;
        this.producer = producer;
        this.retrier = retrier;
        this.alerter = alerter;
        this.log = log;
    }

    /**
     * The process is stopping (SIGTERM): no further report starts, and the one running, whose Spark session the JVM
     * is stopping under it, is recorded as stopped, not failed, and produced again at the next start.
     */
    public void stop() {
        stopping = true;
    }

    public void nightlyLoad() {
        try (RunContext context = opener.open()) {
            if (new RunHistory(context.warehouse()).paused(RunHistory.NIGHTLY_LOAD)) {
                log.accept("the nightly load is paused");
                return;
            }
            loader.load(context);
        } catch (RuntimeException e) {
            if (stopping) {
                log.accept("the nightly load was stopped with the scheduler; the next load resumes it");
                throw e;
            }
            alerter.alert("dw: the nightly load failed", "The nightly load failed: " + e.getMessage()
                    + "\nReports whose data it was to bring wait (late) until a load succeeds; ./dw status shows them.");
            throw e;
        }
    }

    /** Sends what was refused before, then produces every report period due at {@code now} whose data is loaded. */
    public List<Outcome> reportsDue(LocalDateTime now) {
        List<Outcome> outcomes = new ArrayList<>();
        try (RunContext context = opener.open()) {
            retrier.retry(context);
            RunHistory history = new RunHistory(context.warehouse());
            LocalDateTime lastLoad = lastLoadStarted(context.warehouse());
            Set<String> waiting = new HashSet<>();
            for (DueReports.Due d : due.at(now, history::latestProduced)) {
                if (stopping) {
                    break;
                }
                String sequence = d.report().name() + "/" + d.period().kind().code();
                if (waiting.contains(sequence) || history.paused(d.report().name())) {
                    continue;
                }
                long run = history.started(d.report().name(), d.period(), "schedule");
                if (lastLoad == null || lastLoad.isBefore(d.period().dueOn().atStartOfDay())) {
                    String why = "its data is not loaded yet: the last completed load began "
                            + (lastLoad == null ? "never" : lastLoad.toString().replace('T', ' '))
                            + ", before the period's end";
                    history.ended(run, "late", why);
                    outcomes.add(new Outcome(d.report().name(), d.period(), "late", why));
                    waiting.add(sequence);
                    continue;
                }
                try {
                    List<Path> files = producer.produce(context, d.report(), d.period());
                    history.succeeded(run, files.size());
                    outcomes.add(new Outcome(d.report().name(), d.period(), "succeeded", null));
                    log.accept(d.report().name() + " " + d.period() + ": " + files.size() + " files");
                } catch (RuntimeException e) {
                    if (stopping) {
                        String why = "the scheduler was stopped while it ran; it runs again at the next start";
                        history.ended(run, "stopped", why);
                        outcomes.add(new Outcome(d.report().name(), d.period(), "stopped", why));
                        log.accept(d.report().name() + " " + d.period() + ": " + why);
                        break;
                    }
                    history.ended(run, "failed", Warehouse.firstLine(e.getMessage()));
                    outcomes.add(new Outcome(d.report().name(), d.period(), "failed", e.getMessage()));
                    waiting.add(sequence);
                    log.accept(d.report().name() + " " + d.period() + " failed: " + e.getMessage());
                    alerter.alert("dw: " + d.report().name() + " " + d.period() + " failed", d.report().name() + " for "
                            + d.period().label() + " failed: " + e.getMessage() + "\nIt is tried again at the next"
                            + " hourly look; ./dw status shows the run history.");
                }
            }
        }
        return outcomes;
    }

    /** When the newest completed load began, company time; null when nothing was loaded. */
    static LocalDateTime lastLoadStarted(Warehouse warehouse) {
        try (Statement s = warehouse.connection().createStatement();
             ResultSet rs = s.executeQuery("select max(started_at) from etl_run where status = 'completed'")) {
            rs.next();
            return rs.getObject(1, LocalDateTime.class);
        } catch (SQLException e) {
            throw new DwException("cannot read when the data was loaded: " + Warehouse.firstLine(e.getMessage()), e);
        }
    }
}
