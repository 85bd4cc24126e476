package com.homeservices.dw.etl.customers;

import com.homeservices.dw.etl.source.SourcePassword;
import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.PrivateFiles;
import com.homeservices.dw.warehouse.Warehouse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The secret key customers' phones are hashed with. A phone is kept as HMAC-SHA-256, under this key, of the SHA-256
 * (hex) of its digits: China's mobile numbers are few enough that a plain hash is reversed by trying them all, and a
 * keyed one is not without the key. The inner SHA-256 is what warehouses before schema version 7 stored, so such a
 * warehouse is keyed in place ({@link PhoneRekey}). The key comes from an owner-only file or the environment, never
 * from a default: a load without one stops in one sentence.
 */
public final class PhoneKey {

    public static final String ENVIRONMENT_VARIABLE = "DW_PHONE_KEY";

    /** The fewest characters a key may have: 32 random hex digits are 128 bits. */
    public static final int MIN_LENGTH = 32;

    private static final int BLOCK = 64;

    private final byte[] key;

    private PhoneKey(byte[] key) {
        this.key = key;
    }

    /** A key given as text (its UTF-8 bytes are the HMAC key); too short a one is refused. */
    public static PhoneKey of(String text) {
        if (text == null || text.strip().length() < MIN_LENGTH) {
            throw new DwException("the phone key must have at least " + MIN_LENGTH + " characters; make one with"
                    + " 'openssl rand -hex 32'");
        }
        return new PhoneKey(text.strip().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The key in {@code file} (its first line; a file others can read is refused) when one is configured, else
     * {@value #ENVIRONMENT_VARIABLE}; neither is one sentence saying how to give one.
     */
    public static PhoneKey resolve(Map<String, String> environment, Path file) {
        if (file != null) {
            return of(SourcePassword.firstLineOfOwnerOnlyFile(file, "phone key file"));
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            throw new DwException("no phone key: customers' phones are kept as keyed hashes; set "
                    + ENVIRONMENT_VARIABLE + " or name a file only you can read in etl.phoneKeyFile (make a key with"
                    + " 'openssl rand -hex 32')");
        }
        return of(fromEnvironment);
    }

    /** The key in {@code file}, made first (owner-only, 32 random bytes as hex) when there is none: the demo's. */
    public static PhoneKey inFileMadeIfAbsent(Path file) {
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            try (OutputStream out = PrivateFiles.newOutputStream(file, PrivateFiles.Access.OWNER)) {
                out.write((HexFormat.of().formatHex(random) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(SourcePassword.firstLineOfOwnerOnlyFile(file, "phone key file"));
    }

    /**
     * Makes {@code keyed_phone(sha256_hex)} callable in the warehouse's session: HMAC-SHA-256 by RFC 2104, the
     * padded key's two halves held as session variables, bound as parameters (never in a statement's text, an error
     * or on disk).
     */
    public void useIn(Warehouse warehouse) {
        byte[] padded = new byte[BLOCK];
        byte[] k = key.length > BLOCK ? sha256(key) : key;
        System.arraycopy(k, 0, padded, 0, k.length);
        byte[] inner = new byte[BLOCK];
        byte[] outer = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            inner[i] = (byte) (padded[i] ^ 0x36);
            outer[i] = (byte) (padded[i] ^ 0x5c);
        }
        try (PreparedStatement setInner = warehouse.connection().prepareStatement("set variable phone_key_inner = ?");
             PreparedStatement setOuter = warehouse.connection().prepareStatement("set variable phone_key_outer = ?")) {
            setInner.setBytes(1, inner);
            setInner.execute();
            setOuter.setBytes(1, outer);
            setOuter.execute();
        } catch (SQLException e) {
            throw new DwException("cannot give the warehouse its phone key", e);
        }
        warehouse.execute("create or replace temp macro keyed_phone(sha256_hex) as"
                + " sha256(getvariable('phone_key_outer') || unhex(sha256(getvariable('phone_key_inner')"
                + " || encode(sha256_hex))))");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "***";
    }
}
