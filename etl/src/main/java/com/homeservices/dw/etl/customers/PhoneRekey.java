package com.homeservices.dw.etl.customers;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import java.sql.Statement;

/**
 * Keys the phones of a warehouse made before schema version 7 in place: each stored SHA-256 becomes its HMAC under
 * the phone key ({@link PhoneKey}), in every customer version, with the versions' change hashes to match, so the
 * next load finds the customers unchanged. One transaction: a run stopped half way leaves the warehouse as it was.
 */
public final class PhoneRekey {

    private PhoneRekey() {
    }

    /** Upgrades {@code warehouse} (opened with {@link Warehouse#openForUpgrade}); returns the versions keyed. */
    public static long upgrade(Warehouse warehouse, PhoneKey key) {
        int version = warehouse.schemaVersion();
        if (version != Warehouse.PLAIN_PHONES_VERSION) {
            throw new DwException("the warehouse's phones are keyed already (schema version " + version + "); to"
                    + " change the key, see docs/security.md");
        }
        key.useIn(warehouse);
        return warehouse.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("alter table dim_customer rename column phone_sha256 to phone_hash");
                // The change hash as customer/typed.sql computes it, over the keyed phone.
                long versions = s.executeUpdate("update dim_customer set phone_hash = keyed_phone(phone_hash),"
                        + " row_hash = hash(row(customer_code, kind, customer_name, keyed_phone(phone_hash), city,"
                        + " district, registered_on, home_outlet_key))");
                // schema 7, which the next opening carries on to the current one
                s.execute("update warehouse_meta set schema_version = " + (Warehouse.PLAIN_PHONES_VERSION + 1));
                return versions;
            }
        });
    }
}
