package com.homeservices.dw.warehouse.marts;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.PrivateFiles;
import com.homeservices.dw.warehouse.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.Footer;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.datasources.parquet.ParquetFileFormat;
import org.apache.spark.sql.execution.datasources.parquet.ParquetToSparkSchemaConverter;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructType;

/**
 * Moves data between DuckDB and Spark as Parquet files: exact for DECIMAL both ways, and readable by a cluster's
 * executors where they run. Spark never opens the DuckDB file, so DuckDB's one-writer rule is never in question.
 * The folder is created owner-only, and {@link #close} removes the copies: they hold the warehouse's rows (payroll,
 * customers), so they live no longer than the refresh that made them.
 */
public final class ParquetExchange implements AutoCloseable {

    private final Warehouse warehouse;
    private final Path folder;

    public ParquetExchange(Warehouse warehouse, Path folder) {
        this.warehouse = warehouse;
        this.folder = folder;
    }

    /** Writes the rows of {@code query} to {@code <folder>/<name>.parquet} and returns the path Spark reads. */
    public String export(String name, String query) {
        return export(name, query, Map.of());
    }

    /**
     * As {@link #export(String, String)}, for a query that reads the range it needs with DuckDB's
     * {@code getvariable('name')}: each of {@code days} is set as such a variable first.
     */
    public String export(String name, String query, Map<String, LocalDate> days) {
        Path target = folder.resolve(name + ".parquet");
        makeFolder();
        try {
            Files.deleteIfExists(target);
            try (Statement s = warehouse.connection().createStatement()) {
                for (Map.Entry<String, LocalDate> day : days.entrySet()) {
                    if (!day.getKey().matches("[a-z_]+")) {
                        throw new IllegalArgumentException("not a variable name: " + day.getKey());
                    }
                    s.execute("set variable " + day.getKey() + " = date '" + day.getValue() + "'");
                }
                s.execute("copy (" + query + ") to " + quoted(target) + " (format parquet)");
            }
            return target.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new DwException("cannot export " + name + " for Spark: " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    /** {@link #export}, then Spark's reader of the file ({@link #read}). */
    public Dataset<Row> toSpark(SparkSession spark, String name, String query) {
        return read(spark, export(name, query));
    }

    /** {@link #export(String, String, Map)}, then Spark's reader of the file ({@link #read}). */
    public Dataset<Row> toSpark(SparkSession spark, String name, String query, Map<String, LocalDate> days) {
        return read(spark, export(name, query, days));
    }

    /**
     * Spark's reader of one Parquet file, with the schema Spark would infer, read here from the file's footer: Spark
     * infers it with a job of its own, and one period's refresh reads a dozen files (a tenth of its jobs).
     */
    public static Dataset<Row> read(SparkSession spark, String file) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
        try (ParquetFileReader reader = ParquetFileReader.open(
                HadoopInputFile.fromPath(path, spark.sparkContext().hadoopConfiguration()))) {
            StructType schema = ParquetFileFormat.readSchemaFromFooter(new Footer(path, reader.getFooter()),
                    new ParquetToSparkSchemaConverter(SQLConf.get()));
            return spark.read().schema(schema).parquet(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The DuckDB table function that reads what {@link #export} wrote as {@code name}. */
    public String readExport(String name) {
        return "read_parquet(" + quoted(folder.resolve(name + ".parquet")) + ")";
    }

    /** The first column of {@code query}'s rows, as text: a small answer DuckDB gives faster than a Spark job. */
    public List<String> strings(String query) {
        List<String> values = new ArrayList<>();
        try (Statement s = warehouse.connection().createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (java.sql.SQLException e) {
            throw new DwException("cannot read the exchange: " + Warehouse.firstLine(e.getMessage()), e);
        }
    }

    /** Makes the exchange folder, or says in one sentence why it cannot be made (a file in its place, no rights). */
    private void makeFolder() {
        try {
            PrivateFiles.folder(folder);
        } catch (UncheckedIOException uncaught) {
            IOException e = uncaught.getCause();
            throw new DwException("cannot write the Parquet exchange folder " + folder.toAbsolutePath() + ": "
                    + (e instanceof FileAlreadyExistsException ? "a file of that name is in the way"
                    : e.getMessage()), e);
        }
    }

    /** The folder Spark writes {@code name} into, emptied first. */
    public String outputFolder(String name) {
        Path target = folder.resolve("out").resolve(name);
        PrivateFiles.deleteAll(target);
        return target.toAbsolutePath().toString();
    }

    /** The DuckDB table function that reads what Spark wrote into {@link #outputFolder}. */
    public String readBack(String name) {
        return "read_parquet(" + quoted(folder.resolve("out").resolve(name).resolve("*.parquet")) + ")";
    }

    private static String quoted(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** Removes every file exported or written here. */
    @Override
    public void close() {
        PrivateFiles.deleteAll(folder);
    }
}
