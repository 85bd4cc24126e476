package com.homeservices.dw.jobs.web;

import com.homeservices.dw.jobs.config.DwConfig;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Who may sign in to the web archive: the recipients given a password hash in dw.yaml, each with the reports and
 * the scope they receive by e-mail. Passwords are kept as bcrypt hashes (salted, deliberately slow).
 */
public final class Readers {

    /** bcrypt's work factor for new hashes: about a quarter of a second a try on these machines. */
    static final int STRENGTH = 12;

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(STRENGTH);
    /** Checked against when the id is unknown, so that a wrong id takes as long as a wrong password. */
    private static final String NOBODY = BCRYPT.encode("no reader has this password");

    private final List<DwConfig.Recipient> readers;

    public Readers(List<DwConfig.Recipient> recipients) {
        this.readers = recipients.stream().filter(DwConfig.Recipient::canSignIn).toList();
    }

    /** The reader {@code id} when {@code password} is theirs; empty otherwise, whichever was wrong. */
    public Optional<DwConfig.Recipient> signIn(String id, String password) {
        Optional<DwConfig.Recipient> reader = named(id);
        String hash = reader.map(DwConfig.Recipient::passwordHash).orElse(NOBODY);
        boolean matches = password != null && !password.isEmpty() && BCRYPT.matches(password, hash);
        return matches ? reader : Optional.empty();
    }

    /** The reader signed in as {@code id}, while dw.yaml still lists them. */
    public Optional<DwConfig.Recipient> named(String id) {
        return readers.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public boolean isEmpty() {
        return readers.isEmpty();
    }

    /** A new salted hash of {@code password} for dw.yaml's {@code passwordHash}. */
    public static String hash(String password) {
        return BCRYPT.encode(password);
    }
}
