package com.homeservices.dw.etl.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.etl.generator.CompanyGenerator;
import com.homeservices.dw.etl.generator.CsvSourceWriter;
import com.homeservices.dw.etl.generator.ScaleTier;
import com.homeservices.dw.etl.load.BatchInfrastructure;
import com.homeservices.dw.etl.load.LoadJob;
import com.homeservices.dw.etl.load.LoadResult;
import com.homeservices.dw.etl.load.TableCounts;
import com.homeservices.dw.etl.source.SourceLocation;
import com.homeservices.dw.etl.testing.TestPhoneKey;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import com.homeservices.dw.warehouse.testing.Rows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phones kept as keyed hashes (metrics of nothing, but personal data: docs/security.md): the hash is the JDK's
 * HMAC-SHA-256 of the digits' SHA-256, no stored value is a plain hash of any phone, the same phone hashes the same
 * on every load, a warehouse of the plain-hash version is keyed in place, and there is no load without a key.
 */
class PhoneKeyIntegrationTest {

    @TempDir
    static Path temp;

    private static Path csv;
    /** The digits of every customer's phone in the generated source, by customer id. */
    private static Map<Long, String> phones;

    @BeforeAll
    static void generate() throws Exception {
        csv = temp.resolve("csv");
        try (CsvSourceWriter writer = new CsvSourceWriter(csv)) {
            new CompanyGenerator(new CompanyGenerator.Settings(ScaleTier.TINY, 11L, 0.0, LocalDate.of(2026, 11, 22)),
                    line -> { }).generate(writer);
        }
        phones = new HashMap<>();
        try (Warehouse reader = Warehouse.inMemory(CompanyPolicy.defaults())) {
            for (String row : Rows.of(reader, "select id, phone from read_csv('" + csv.resolve("customer.csv")
                    + "', all_varchar = true)")) {
                String[] fields = row.split("\\|");
                phones.put(Long.parseLong(fields[0]), fields[1].replaceAll("[^0-9]", ""));
            }
        }
        assertThat(phones).hasSizeGreaterThan(500);
    }

    @Test
    void everyPhoneIsItsKeyedHashAndNoneIsAPlainHashOfAnyPhone() throws Exception {
        try (Warehouse warehouse = Warehouse.inMemory(CompanyPolicy.defaults())) {
            load(warehouse, TestPhoneKey.KEY);

            List<String> stored = Rows.of(warehouse, "select customer_id, phone_hash, phone_last4 from dim_customer");
            assertThat(stored).hasSize(phones.size());
            for (String row : stored) {
                String[] fields = row.split("\\|");
                String digits = phones.get(Long.parseLong(fields[0]));
                assertThat(fields[1]).as(fields[0]).isEqualTo(TestPhoneKey.keyedHash(digits));
                assertThat(fields[2]).isEqualTo(digits.substring(digits.length() - 4));
            }
            // Enumerating phone numbers with plain SHA-256 finds a stored value only if it is the plain hash of a
            // real phone: these are exactly those hashes, and none is stored.
            Set<String> plain = new HashSet<>();
            phones.values().forEach(digits -> plain.add(TestPhoneKey.plainHash(digits)));
            assertThat(Rows.of(warehouse, "select phone_hash from dim_customer")).doesNotContainAnyElementsOf(plain);
        }
    }

    @Test
    void theSamePhoneHashesTheSameOnEveryLoadSoCustomersStayUnchanged() throws Exception {
        try (Warehouse first = Warehouse.inMemory(CompanyPolicy.defaults());
             Warehouse second = Warehouse.inMemory(CompanyPolicy.defaults())) {
            load(first, TestPhoneKey.KEY);
            TableCounts again = customers(load(first, PhoneKey.of(TestPhoneKey.TEXT)));
            load(second, TestPhoneKey.KEY);

            assertThat(again.unchanged()).isEqualTo(phones.size());
            assertThat(again.inserted() + again.updated()).isZero();
            String hashes = "select customer_id, phone_hash from dim_customer order by 1";
            assertThat(Rows.of(first, hashes)).isEqualTo(Rows.of(second, hashes));
        }
    }

    @Test
    void aWarehouseOfPlainHashesIsKeyedInPlaceAndLoadsOnUnchanged() throws Exception {
        Path file = temp.resolve("version-6.duckdb");
        List<String> keyedByALoad;
        try (Warehouse warehouse = Warehouse.open(file, CompanyPolicy.defaults())) {
            load(warehouse, TestPhoneKey.KEY);
            keyedByALoad = Rows.of(warehouse, "select customer_key, phone_hash, row_hash from dim_customer order by 1");
            // As version 6 kept it: the column's old name, a plain hash, and the change hash over that.
            warehouse.execute("alter table dim_customer rename column phone_hash to phone_sha256");
            warehouse.execute("update dim_customer as d set phone_sha256 = sha256(regexp_replace(c.phone, '[^0-9]',"
                    + " '', 'g')) from read_csv('" + csv.resolve("customer.csv") + "', all_varchar = true) as c"
                    + " where c.id::bigint = d.customer_id");
            warehouse.execute("update dim_customer set row_hash = hash(row(customer_code, kind, customer_name,"
                    + " phone_sha256, city, district, registered_on, home_outlet_key))");
            warehouse.execute("update warehouse_meta set schema_version = 6");
        }
        assertThatThrownBy(() -> Warehouse.open(file, CompanyPolicy.defaults()))
                .isInstanceOf(DwException.class)
                .hasMessage("the warehouse " + file + " keeps phones as plain hashes (schema version 6): run"
                        + " './dw rekey-phones --warehouse " + file + "' once to key them (docs/security.md)");

        try (Warehouse old = Warehouse.openForUpgrade(file, CompanyPolicy.defaults())) {
            assertThat(PhoneRekey.upgrade(old, TestPhoneKey.KEY)).isEqualTo(phones.size());
        }
        try (Warehouse warehouse = Warehouse.open(file, CompanyPolicy.defaults())) {
            assertThat(warehouse.schemaVersion()).isEqualTo(Warehouse.SCHEMA_VERSION);
            assertThat(Rows.of(warehouse, "select customer_key, phone_hash, row_hash from dim_customer order by 1"))
                    .isEqualTo(keyedByALoad);
            assertThat(customers(load(warehouse, TestPhoneKey.KEY)).unchanged()).isEqualTo(phones.size());
        }
        try (Warehouse keyed = Warehouse.openForUpgrade(file, CompanyPolicy.defaults())) {
            assertThatThrownBy(() -> PhoneRekey.upgrade(keyed, TestPhoneKey.KEY))
                    .hasMessage("the warehouse's phones are keyed already (schema version "
                            + Warehouse.SCHEMA_VERSION + "); to change the key, see docs/security.md");
        }
    }

    @Test
    void withoutAKeyOrWithAWeakOrExposedOneNothingLoads() throws Exception {
        assertThatThrownBy(() -> PhoneKey.resolve(Map.of(), null))
                .isInstanceOf(DwException.class)
                .hasMessage("no phone key: customers' phones are kept as keyed hashes; set DW_PHONE_KEY or name a file"
                        + " only you can read in etl.phoneKeyFile (make a key with 'openssl rand -hex 32')");
        assertThatThrownBy(() -> PhoneKey.resolve(Map.of("DW_PHONE_KEY", "short"), null))
                .hasMessage("the phone key must have at least 32 characters; make one with 'openssl rand -hex 32'");
        Path exposed = Files.writeString(temp.resolve("exposed.key"), TestPhoneKey.TEXT + "\n");
        Files.setPosixFilePermissions(exposed, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> PhoneKey.resolve(Map.of("DW_PHONE_KEY", TestPhoneKey.TEXT), exposed))
                .hasMessage("the phone key file " + exposed + " can be read or changed by others than its owner;"
                        + " run 'chmod 600 " + exposed + "'");

        // The demo's: made owner-only when absent, the same key when read again.
        Path made = temp.resolve("demo").resolve("phone.key");
        Files.createDirectories(made.getParent());
        PhoneKey.inFileMadeIfAbsent(made);
        String text = Files.readString(made);
        PhoneKey.inFileMadeIfAbsent(made);
        assertThat(Files.readString(made)).isEqualTo(text).matches("[0-9a-f]{64}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).isEqualTo("rw-------");
        assertThat(PhoneKey.of(text)).hasToString("***");
    }

    private static LoadResult load(Warehouse warehouse, PhoneKey key) {
        return new LoadJob(warehouse, BatchInfrastructure.inMemory(), key).run(SourceLocation.parse("csv:" + csv));
    }

    private static TableCounts customers(LoadResult result) {
        return result.tables().stream().filter(t -> t.table().equals("customer")).findFirst().orElseThrow();
    }
}
