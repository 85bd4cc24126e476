package com.homeservices.dw.etl.source;

import com.homeservices.dw.warehouse.DwException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A source database's password, from the environment ({@value #ENVIRONMENT_VARIABLE}) or from a file only its owner
 * can read. It is never part of a URL (which shows in process lists, shell history and the run history) and prints
 * as {@code ***}.
 */
public final class SourcePassword {

    public static final String ENVIRONMENT_VARIABLE = "DW_SOURCE_PASSWORD";

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final SourcePassword NONE = new SourcePassword(null);

    private final String value;

    private SourcePassword(String value) {
        this.value = value;
    }

    public static SourcePassword none() {
        return NONE;
    }

    /** The password file's first line when a file is configured, else the environment variable, else none. */
    public static SourcePassword resolve(Map<String, String> environment, Path file) {
        return resolve(environment, file, ENVIRONMENT_VARIABLE);
    }

    /** As {@link #resolve(Map, Path)}, with another environment variable (the SMTP server's: DW_SMTP_PASSWORD). */
    public static SourcePassword resolve(Map<String, String> environment, Path file, String variable) {
        if (file != null) {
            return fromFile(file);
        }
        String fromEnvironment = environment.get(variable);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? NONE : new SourcePassword(fromEnvironment);
    }

    private static SourcePassword fromFile(Path file) {
        return new SourcePassword(firstLineOfOwnerOnlyFile(file, "password file"));
    }

    /**
     * The first line of a secret's file ({@code what}: "password file", "phone key file"), refused in one sentence
     * when others than its owner can read or change it, or when it is missing.
     */
    public static String firstLineOfOwnerOnlyFile(Path file, String what) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new DwException("the " + what + " " + file + " can be read or changed by others than its owner;"
                        + " run 'chmod 600 " + file + "'");
            }
            String content = Files.readString(file, StandardCharsets.UTF_8);
            return content.lines().findFirst().orElse("");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DwException("the " + what + " " + file + " does not exist", e);
        } catch (IOException e) {
            throw new DwException("cannot read the " + what + " " + file + ": " + e.getMessage(), e);
        }
    }

    /** The password itself, for a client that takes it as text (an SMTP login); null when there is none. */
    public String value() {
        return value;
    }

    /** Refuses a URL that carries a password itself. */
    public static void checkUrl(String jdbcUrl) {
        if (jdbcUrl.toLowerCase(java.util.Locale.ROOT).matches(".*[?&;]password=.*")) {
            throw new DwException("the source URL carries a password; put it in " + ENVIRONMENT_VARIABLE
                    + " or in a file only you can read, named by etl.passwordFile");
        }
    }

    /** The connection properties of a JDBC URL: the password when there is one (the user stays in the URL). */
    public Properties connectionProperties() {
        Properties properties = new Properties();
        if (value != null) {
            properties.setProperty("password", value);
        }
        return properties;
    }

    @Override
    public String toString() {
        return value == null ? "(none)" : "***";
    }
}
