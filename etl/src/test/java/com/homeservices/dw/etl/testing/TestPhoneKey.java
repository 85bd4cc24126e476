package com.homeservices.dw.etl.testing;

import com.homeservices.dw.etl.customers.PhoneKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The phone key tests load with; the build gives child processes the same one as DW_PHONE_KEY (the parent pom). */
public final class TestPhoneKey {

    public static final String TEXT = "test-phone-key-0123456789abcdef0123456789abcdef";

    public static final PhoneKey KEY = PhoneKey.of(TEXT);

    private TestPhoneKey() {
    }

    /** SHA-256 of {@code digits}, hex: what a warehouse before schema version 7 kept, and what enumeration finds. */
    public static String plainHash(String digits) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(digits.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash a phone of these digits must be kept as, by the JDK's HMAC rather than the warehouse's SQL. */
    public static String keyedHash(String digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TEXT.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(plainHash(digits).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
