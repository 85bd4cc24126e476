package com.homeservices.dw.jobs.cli;

import static com.homeservices.dw.jobs.cli.DwFunctionalTest.dw;
import static org.assertj.core.api.Assertions.assertThat;

import com.homeservices.dw.jobs.cli.DwFunctionalTest.Run;
import com.homeservices.dw.warehouse.Warehouse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warehouse made by the release that last wrote schema 7 (src/test/resources/releases: three loads, so staff and
 * customers have several versions, a rejected row, every mart) upgraded by this one: every row and every
 * value of every table kept, the copy of the file as it was beside it, and the next load of the same source finds
 * nothing to insert or update. One such test per release that changed the schema, from 7 on.
 */
class ReleaseUpgradeFunctionalTest {

    @TempDir
    Path temp;

    @Test
    void aSchema7WarehouseUpgradesKeepingEveryRowAndLoadsOnUnchanged() throws Exception {
        unzip("releases/schema-7.zip", temp);
        Path file = temp.resolve("warehouse.duckdb");
        Map<String, List<String>> columns = columns(file);
        // its one row is the version, which the upgrade raises
        columns.remove("warehouse_meta");
        Map<String, String> before = fingerprints(file, columns);

        Run upgrade = dw("upgrade", "--warehouse", file.toString());

        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        assertThat(upgrade.out()).isEqualTo("the warehouse " + file + " is at schema version "
                + Warehouse.SCHEMA_VERSION + " (upgraded from 7)\n");
        Path copy = temp.resolve("warehouse.duckdb.schema-7");
        assertThat(upgrade.err()).isEqualTo("dw: upgraded the warehouse " + file + " from schema version 7 to "
                + Warehouse.SCHEMA_VERSION + "; the file as it was is kept as " + copy + "\n");
        assertThat(fingerprints(copy, columns)).isEqualTo(before);
        assertThat(fingerprints(file, columns)).isEqualTo(before);
        // The recipe's edits: 3 staff members and 2 customers each gained a version; one order rejected by run 3 and
        // again by run 4 (the chain's load), the source row still being bad.
        assertThat(query(file, "select count(*) - count(distinct staff_id) from dim_staff")).isEqualTo("3");
        assertThat(query(file, "select count(*) - count(distinct customer_id) from dim_customer")).isEqualTo("2");
        assertThat(query(file, "select count(*) from etl_reject where table_name = 'service_order'")).isEqualTo("2");
        assertThat(query(file, "select string_agg(schema_version::varchar) from warehouse_meta"))
                .isEqualTo(String.valueOf(Warehouse.SCHEMA_VERSION));
        // Schema 8's column: the fixture's marts were computed on 2026-12-08, after loads begun that day.
        assertThat(query(file, "select string_agg(distinct data_through_on::varchar) from mart_refresh"))
                .isEqualTo("2026-12-07");
        assertThat(dw("upgrade", "--warehouse", file.toString()).out()).isEqualTo("the warehouse " + file
                + " is at schema version " + Warehouse.SCHEMA_VERSION + " (nothing to upgrade)\n");

        Run load = dw("etl", "--from", "csv:" + temp.resolve("source"), "--warehouse", file.toString());

        assertThat(load.exitCode()).as(load.err()).isZero();
        Matcher table = Pattern.compile("\\n  (\\w+)\\s+([\\d,]+)\\s+([\\d,]+)\\s+([\\d,]+)\\s+([\\d,]+)\\s+([\\d,]+)")
                .matcher(load.out());
        List<String> nothingNew = new ArrayList<>();
        while (table.find()) {
            assertThat(table.group(3) + " inserted, " + table.group(4) + " updated").as(table.group(1))
                    .isEqualTo("0 inserted, 0 updated");
            nothingNew.add(table.group(1));
        }
        assertThat(nothingNew).hasSize(13);
        Run report = dw("report", "claim-totals", "--period", "2026-11-02", "--format", "csv", "--warehouse",
                file.toString(), "--out", temp.resolve("reports").toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
    }

    @Test
    void aReaderIsToldTheCommandThatUpgrades() throws Exception {
        unzip("releases/schema-7.zip", temp);
        Path file = temp.resolve("warehouse.duckdb");

        Run explain = dw("explain", "claim-totals", "--period", "2026-11-02", "--row", "company", "--figure",
                "claims", "--warehouse", file.toString());

        assertThat(explain.exitCode()).isEqualTo(1);
        assertThat(explain.err()).isEqualTo("dw: the warehouse " + file + " has schema version 7 and this program"
                + " reads " + Warehouse.SCHEMA_VERSION + ": run './dw upgrade --warehouse " + file + "' once (it"
                + " keeps a copy of the file as it was)\n");
    }

    /** Each table's columns as the old file has them. */
    private static Map<String, List<String>> columns(Path file) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name, column_name from information_schema.columns"
                     + " where table_schema = 'main' order by table_name, ordinal_position")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return columns;
    }

    /** Per table, its rows and a sum of each row's hash over {@code columns}: equal only if every value is. */
    private static Map<String, String> fingerprints(Path file, Map<String, List<String>> columns) throws SQLException {
        Map<String, String> prints = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                String values = String.join(", ", table.getValue().stream().map(n -> '"' + n + '"').toList());
                try (ResultSet rs = s.executeQuery("select count(*), coalesce(sum(hash(" + values + ")), 0) from \""
                        + table.getKey() + "\"")) {
                    rs.next();
                    prints.put(table.getKey(), rs.getLong(1) + " rows, " + rs.getString(2));
                }
            }
        }
        return prints;
    }

    private static String query(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void unzip(String resource, Path folder) throws IOException {
        try (InputStream in = ReleaseUpgradeFunctionalTest.class.getClassLoader().getResourceAsStream(resource);
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IOException("a zip entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
    }
}
