package com.homeservices.dw.jobs.web;

import com.homeservices.dw.jobs.config.DwConfig;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.InputStream;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;

/**
 * {@code ./dw serve}: the report archive as a small read-only web application (Javalin on Jetty). Every page but
 * sign-in needs a signed-in reader; each reader sees only the reports and the scope they receive by e-mail, and
 * anything else answers 404, as a page that does not exist would. It reads the warehouse read-only between the
 * scheduler's runs ({@link WarehouseReads}).
 */
public final class ArchiveServer implements AutoCloseable {

    static final String READER = "reader";
    private static final Set<String> OPEN_PATHS = Set.of("/sign-in", "/style.css");

    private final Javalin app;
    private final WarehouseReads warehouse;

    private ArchiveServer(Javalin app, WarehouseReads warehouse) {
        this.app = app;
        this.warehouse = warehouse;
    }

    /** Starts serving {@code config}'s archive on its {@code serve} address; {@code log} hears what goes wrong. */
    public static ArchiveServer start(DwConfig config, Consumer<String> log) {
        Readers readers = new Readers(config.recipients());
        WarehouseReads warehouse = new WarehouseReads(config.warehouse(), config.policy());
        ArchivePages pages = new ArchivePages(config, readers, warehouse, new Pages(), log);
        Javalin app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.host = config.serve().bind();
            javalin.jetty.port = config.serve().port();
            javalin.jetty.modifyServletContextHandler(handler -> handler.setSessionHandler(
                    sessions((int) config.serve().signedInFor().toSeconds())));
            javalin.routes.before(ArchiveServer::privateHeaders);
            javalin.routes.before(ctx -> requireReader(ctx, readers));
            javalin.routes.get("/style.css", ArchiveServer::styleSheet);
            javalin.routes.get("/sign-in", pages::signInPage);
            javalin.routes.post("/sign-in", pages::signIn);
            javalin.routes.post("/sign-out", pages::signOut);
            javalin.routes.get("/", pages::archive);
            javalin.routes.get("/runs", pages::runs);
            javalin.routes.get("/reports/{report}/{period}", pages::report);
            javalin.routes.get("/reports/{report}/{period}/files/{file}", pages::download);
            javalin.routes.get("/reports/{report}/{period}/explain", pages::explain);
            javalin.routes.exception(NotFoundResponse.class, (e, ctx) -> pages.notFound(ctx));
            javalin.routes.error(HttpStatus.NOT_FOUND, pages::notFound);
            javalin.routes.exception(Exception.class, pages::failed);
        });
        app.start();
        return new ArchiveServer(app, warehouse);
    }

    /** The port it listens on (the one asked for, or the one the system chose for port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        warehouse.close();
    }

    /** Sessions kept in memory: a restart signs everyone out. The cookie is never readable by scripts or sent cross-site. */
    private static SessionHandler sessions(int idleSeconds) {
        SessionHandler sessions = new SessionHandler();
        sessions.setSessionCookie("dw_session");
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.STRICT);
        sessions.setMaxInactiveInterval(idleSeconds);
        return sessions;
    }

    /** Payroll and customers' figures: not cached, not framed, not sniffed, not referred onwards. */
    private static void privateHeaders(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
                + " frame-ancestors 'none'; base-uri 'none'");
    }

    private static void requireReader(Context ctx, Readers readers) {
        if (OPEN_PATHS.contains(ctx.path())) {
            return;
        }
        String id = signedIn(ctx);
        if (id != null && readers.named(id).isPresent()) {
            return;
        }
        if (ctx.method().name().equals("GET")) {
            ctx.redirect("/sign-in");
        } else {
            ctx.status(HttpStatus.UNAUTHORIZED);
        }
        ctx.skipRemainingHandlers();
    }

    /** The reader id of the request's session, without making a session for a request that has none. */
    static String signedIn(Context ctx) {
        jakarta.servlet.http.HttpSession session = ctx.req().getSession(false);
        return session == null ? null : (String) session.getAttribute(READER);
    }

    private static void styleSheet(Context ctx) {
        InputStream css = Objects.requireNonNull(ArchiveServer.class.getResourceAsStream("/web/style.css"));
        ctx.contentType("text/css; charset=utf-8").result(css);
    }
}
