package com.homeservices.dw.jobs.web;

import com.homeservices.dw.jobs.chains.RunHistory;
import com.homeservices.dw.jobs.chains.Status;
import com.homeservices.dw.jobs.config.DwConfig;
import com.homeservices.dw.reports.FigureExplainer;
import com.homeservices.dw.reports.Language;
import com.homeservices.dw.reports.ReportCatalogue;
import com.homeservices.dw.reports.ReportDefinition;
import com.homeservices.dw.reports.ReportTexts;
import com.homeservices.dw.reports.RowKey;
import com.homeservices.dw.reports.Scope;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.period.Period;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The web archive's pages, each a handler: what it may show the signed-in reader, and the model it renders. */
final class ArchivePages {

    private static final int RUNS_SHOWN = 20;

    private final DwConfig config;
    private final Readers readers;
    private final WarehouseReads warehouse;
    private final Pages pages;
    private final Consumer<String> log;

    ArchivePages(DwConfig config, Readers readers, WarehouseReads warehouse, Pages pages, Consumer<String> log) {
        this.config = config;
        this.readers = readers;
        this.warehouse = warehouse;
        this.pages = pages;
        this.log = log;
    }

    // --- signing in and out

    void signInPage(Context ctx) {
        if (ArchiveServer.signedIn(ctx) != null) {
            ctx.redirect("/");
            return;
        }
        ctx.html(pages.render("sign-in", browserLanguage(ctx), Map.of("pageTitle", "Sign in",
                "noReaders", readers.isEmpty())));
    }

    void signIn(Context ctx) {
        String id = ctx.formParam("id");
        Optional<DwConfig.Recipient> reader = readers.signIn(id, ctx.formParam("password"));
        if (reader.isEmpty()) {
            log.accept("web: a sign-in failed from " + ctx.ip());
            Map<String, Object> model = new HashMap<>(Map.of("pageTitle", "Sign in", "wrong", true));
            model.put("id", id == null ? "" : id.substring(0, Math.min(40, id.length())));
            ctx.status(HttpStatus.UNAUTHORIZED).html(pages.render("sign-in", browserLanguage(ctx), model));
            return;
        }
        // a new session on signing in: one fixed before it (a planted cookie) is worth nothing after
        HttpSession old = ctx.req().getSession(false);
        if (old != null) {
            old.invalidate();
        }
        ctx.req().getSession(true).setAttribute(ArchiveServer.READER, reader.get().id());
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session != null) {
            session.invalidate();
        }
        ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
    }

    // --- the archive

    void archive(Context ctx) {
        DwConfig.Recipient reader = reader(ctx);
        ReaderArchive archive = archive(reader);
        Language language = language(reader);
        List<Map<String, Object>> reports = new ArrayList<>();
        for (ReportDefinition report : archive.reports()) {
            ReportTexts texts = new ReportTexts(report, language);
            List<Map<String, Object>> periods = archive.periods(report).stream()
                    .map(p -> Map.<String, Object>of("label", p.key(), "href", reportHref(report, p)))
                    .toList();
            reports.add(Map.of("name", report.name(), "title", texts.title(), "periods", periods));
        }
        Map<String, Object> model = page(reader, "archive");
        model.put("reports", reports);
        model.put("hasReports", !reports.isEmpty());
        ctx.html(pages.render("archive", language, model));
    }

    void report(Context ctx) {
        Asked asked = asked(ctx);
        DwConfig.Recipient reader = asked.reader();
        ReaderArchive archive = asked.archive();
        ReportDefinition report = asked.report();
        Period period = asked.period();
        Language language = language(reader);
        ReportTexts texts = new ReportTexts(report, language);
        Map<String, Object> model = page(reader, texts.title());
        model.put("title", texts.title());
        model.put("periodLabel", texts.period(period));
        model.put("downloads", archive.files(report, period).stream().map(f -> Map.of("name",
                (Object) f.getFileName().toString(), "href", reportHref(report, period) + "/files/"
                        + f.getFileName(), "size", size(f))).toList());
        Optional<List<FigureExplainer.FigureTable>> tables = warehouse.read(w -> new FigureExplainer(w)
                .tables(report.name(), period, reader.readerScope(), rowsShown()));
        model.put("busy", tables.isEmpty());
        List<Map<String, Object>> shown = tables.orElse(List.of()).stream()
                .map(t -> table(t, report, period)).toList();
        model.put("tables", shown);
        model.put("hasFigures", tables.orElse(List.of()).stream().anyMatch(t -> !t.figures().isEmpty()));
        ctx.html(pages.render("report", language, model));
    }

    void download(Context ctx) throws IOException {
        Asked asked = asked(ctx);
        DwConfig.Recipient reader = asked.reader();
        ReaderArchive archive = asked.archive();
        ReportDefinition report = asked.report();
        Period period = asked.period();
        Path file = archive.file(report, period, ctx.pathParam("file")).orElseThrow(NotFoundResponse::new);
        String name = file.getFileName().toString();
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType(contentType(name)).result(Files.newInputStream(file));
    }

    void explain(Context ctx) {
        Asked asked = asked(ctx);
        DwConfig.Recipient reader = asked.reader();
        ReaderArchive archive = asked.archive();
        ReportDefinition report = asked.report();
        Period period = asked.period();
        String figure = Objects.requireNonNullElse(ctx.queryParam("figure"), "");
        RowKey row = rowKey(ctx.queryParam("row"));
        Optional<Optional<FigureExplainer.Explanation>> explained = warehouse.read(w -> {
            try (FigureExplainer explainer = new FigureExplainer(w, language(reader))) {
                // the row and the figure must be one the reader's own table shows: nothing outside their scope
                boolean theirs = explainer.tables(report.name(), period, reader.readerScope()).stream()
                        .anyMatch(t -> t.figures().contains(figure)
                                && t.rows().stream().anyMatch(r -> row.equals(t.rowKey(r))));
                // a page shows a set's first rows; the count and sum are of them all
                return Optional.ofNullable(theirs
                        ? explainer.explain(report.name(), period, row, figure, rowsShown()) : null);
            }
        });
        if (explained.isEmpty()) {
            busy(ctx, reader);
            return;
        }
        FigureExplainer.Explanation explanation = explained.get().orElseThrow(NotFoundResponse::new);
        Language language = language(reader);
        ReportTexts texts = new ReportTexts(report, language);
        Map<String, Object> model = page(reader, figure);
        model.put("title", texts.title());
        model.put("periodLabel", texts.period(period));
        model.put("figure", figure);
        model.put("row", row.shown());
        model.put("back", reportHref(report, period));
        List<FigureExplainer.Explanation> parts = explanation.isRatio() ? explanation.parts() : List.of(explanation);
        model.put("parts", parts.stream().map(this::part).toList());
        model.put("formula", explanation.formula());
        model.put("ratio", explanation.isRatio());
        model.put("count", explanation.count());
        model.put("sum", explanation.rounded().toPlainString());
        if (explanation.sum().compareTo(explanation.rounded()) != 0) {
            model.put("exactly", explanation.sum().toPlainString());
        }
        model.put("value", explanation.figure().toPlainString());
        model.put("agrees", explanation.agrees());
        ctx.html(pages.render("explain", language, model));
    }

    void runs(Context ctx) {
        DwConfig.Recipient reader = reader(ctx);
        Optional<Status> status = warehouse.read(w -> Status.read(w, config, RUNS_SHOWN));
        Map<String, Object> model = page(reader, "runs");
        model.put("busy", status.isEmpty());
        status.ifPresent(s -> model.put("status", statusModel(s, reader)));
        ctx.html(pages.render("runs", language(reader), model));
    }

    // --- errors

    void notFound(Context ctx) {
        String id = ArchiveServer.signedIn(ctx);
        Optional<DwConfig.Recipient> reader = id == null ? Optional.empty() : readers.named(id);
        Language language = reader.map(this::language).orElse(browserLanguage(ctx));
        Map<String, Object> model = reader.map(r -> page(r, "404")).orElseGet(() -> new HashMap<>(
                Map.of("pageTitle", "404")));
        model.put("message", Pages.words(language).get("error_notfound"));
        ctx.status(HttpStatus.NOT_FOUND).html(pages.render("error", language, model));
    }

    void failed(Exception e, Context ctx) {
        log.accept("web: " + ctx.method() + " " + ctx.path() + " failed: " + Warehouse.firstLine(e.getMessage()));
        Language language = browserLanguage(ctx);
        Map<String, Object> model = new HashMap<>(Map.of("pageTitle", "500"));
        model.put("message", Pages.words(language).get("error_failed"));
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).html(pages.render("error", language, model));
    }

    private void busy(Context ctx, DwConfig.Recipient reader) {
        Map<String, Object> model = page(reader, "503");
        Language language = language(reader);
        model.put("message", Pages.words(language).get("report_figures_busy"));
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).html(pages.render("error", language, model));
    }

    // --- models

    /** The signed-in reader, their part of the archive, and the report and period the address asks for. */
    private record Asked(DwConfig.Recipient reader, ReaderArchive archive, ReportDefinition report, Period period) {
    }

    /** What {@code /reports/{report}/{period}/…} asks for, if it is the reader's: else 404. */
    private Asked asked(Context ctx) {
        DwConfig.Recipient reader = reader(ctx);
        ReaderArchive archive = archive(reader);
        ReportDefinition report = archive.report(ctx.pathParam("report")).orElseThrow(NotFoundResponse::new);
        Period period = archive.producedPeriod(report, ctx.pathParam("period")).orElseThrow(NotFoundResponse::new);
        return new Asked(reader, archive, report, period);
    }

    private DwConfig.Recipient reader(Context ctx) {
        // the before-handler let the request through only with a reader dw.yaml still lists
        return readers.named(ArchiveServer.signedIn(ctx)).orElseThrow(NotFoundResponse::new);
    }

    private ReaderArchive archive(DwConfig.Recipient reader) {
        return new ReaderArchive(config.reports().folder(), reader, config.policy().fortnightEpoch());
    }

    private Language language(DwConfig.Recipient reader) {
        return Language.parse(reader.language());
    }

    private static Language browserLanguage(Context ctx) {
        String accepted = ctx.header("Accept-Language");
        return accepted != null && accepted.toLowerCase(java.util.Locale.ROOT).startsWith("zh") ? Language.ZH
                : Language.EN;
    }

    /** The frame every signed-in page shares: who is signed in, and in which scope. */
    private Map<String, Object> page(DwConfig.Recipient reader, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("pageTitle", title);
        ReportTexts anyReport = new ReportTexts(ReportCatalogue.load().reports().get(0), language(reader));
        model.put("reader", Map.of("name", reader.name(), "scope", anyReport.scopeName(reader.readerScope())));
        model.put("scope", anyReport.scopeName(reader.readerScope()));
        return model;
    }

    private static Map<String, Object> table(FigureExplainer.FigureTable table, ReportDefinition report,
                                             Period period) {
        List<Map<String, Object>> rows = new ArrayList<>();
        // a page is read, not searched: a long list (the premium customers) shows its head, the CSV holds it all
        for (Map<String, Object> row : table.rows()) {
            RowKey key = table.rowKey(row);
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String column : table.columns()) {
                boolean explained = key != null && table.figures().contains(column) && row.get(column) != null;
                cells.add(cell(row.get(column), explained ? explainHref(report, period, key, column) : null));
            }
            rows.add(Map.of("cells", cells));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", table.name());
        model.put("heads", table.columns());
        model.put("rows", rows);
        model.put("hasRows", !rows.isEmpty());
        if (table.total() > table.rows().size()) {
            model.put("cut", Map.of("shown", table.rows().size(), "total", String.format("%,d", table.total())));
        }
        return model;
    }

    /** One set of rows behind a figure (a ratio has two): its figure, rows and sum. */
    private Map<String, Object> part(FigureExplainer.Explanation part) {
        Map<String, Object> model = new HashMap<>();
        model.put("figure", part.figureColumn());
        model.put("heads", part.columns());
        List<Map<String, Object>> shown = part.rows().size() > rowsShown() ? part.rows().subList(0, rowsShown())
                : part.rows();
        model.put("rows", shown.stream().map(r -> Map.of("cells", part.columns().stream()
                .map(c -> cell(r.get(c), null)).toList())).toList());
        model.put("count", part.count());
        if (shown.size() < part.count()) {
            model.put("cut", Map.of("shown", shown.size(), "total", String.format("%,d", part.count())));
        }
        model.put("sum", part.rounded().toPlainString());
        return model;
    }

    /** The rows a page's table shows at most (serve.rowsShown). */
    private int rowsShown() {
        return config.serve().rowsShown();
    }

    private static Map<String, Object> cell(Object value, String href) {
        Map<String, Object> cell = new HashMap<>();
        cell.put("text", value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        cell.put("number", value instanceof Number);
        if (href != null) {
            cell.put("href", href);
        }
        return cell;
    }

    private Map<String, Object> statusModel(Status status, DwConfig.Recipient reader) {
        Map<String, Object> model = new HashMap<>();
        if (status.lastLoad() != null) {
            model.put("lastLoad", Status.minutes(status.lastLoad()));
            model.put("newest", Status.minutes(status.newestSourceRow()));
        }
        model.put("paused", status.paused().isEmpty() ? "–" : String.join(", ", status.paused()));
        model.put("runs", status.runs().stream().map(ArchivePages::run).toList());
        model.put("hasRuns", !status.runs().isEmpty());
        model.put("late", status.late().stream().map(d -> Map.of("report", d.report().name(), "period",
                d.period().key(), "due", Status.minutes(d.dueAt()))).toList());
        // who else is sent what is the company's business, not a business unit's
        model.put("showUnsent", reader.readerScope().kind() == Scope.Kind.COMPANY);
        model.put("unsent", status.unsent());
        model.put("next", status.next().stream().map(f -> Map.of("what", f.what(), "period",
                f.period() == null ? "" : f.period().key(), "at", Status.minutes(f.at()))).toList());
        return model;
    }

    private static Map<String, Object> run(RunHistory.Run run) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", run.runId());
        model.put("report", run.report());
        model.put("period", run.period() == null ? "" : run.period().key());
        model.put("by", run.startedBy());
        model.put("status", run.status());
        model.put("started", Status.minutes(run.startedAt()));
        model.put("message", run.message() == null ? "" : run.message());
        return model;
    }

    private static RowKey rowKey(String text) {
        try {
            return RowKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundResponse();
        }
    }

    private static String reportHref(ReportDefinition report, Period period) {
        return "/reports/" + report.name() + "/" + period.key();
    }

    private static String explainHref(ReportDefinition report, Period period, RowKey row, String figure) {
        return reportHref(report, period) + "/explain?row=" + URLEncoder.encode(row.text(), StandardCharsets.UTF_8)
                + "&figure=" + URLEncoder.encode(figure, StandardCharsets.UTF_8);
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                    : String.format("%.1f MB", bytes / (1024.0 * 1024.0));
        } catch (IOException e) {
            return "";
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        return name.endsWith(".csv") ? "text/csv; charset=utf-8" : "application/octet-stream";
    }
}
