package com.homeservices.dw.warehouse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files that hold payroll, customers or claims, created readable by their owner alone (0600, folders 0700) whatever
 * the process's umask, or by the owner's group too where the configuration allows it (the report archive for a
 * reports group). A folder that existed before keeps its mode: only what this process creates is made private.
 * Every name a caller joins to a folder is checked to stay inside it (docs/security.md).
 */
public final class PrivateFiles {

    /** Who besides the owner may read. */
    public enum Access {
        OWNER("rw-------", "rwx------"),
        GROUP("rw-r-----", "rwxr-x---");

        private final Set<PosixFilePermission> file;
        private final Set<PosixFilePermission> folder;

        Access(String file, String folder) {
            this.file = PosixFilePermissions.fromString(file);
            this.folder = PosixFilePermissions.fromString(folder);
        }
    }

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** {@code folder} and every missing folder above it, each created owner-only; returns {@code folder}. */
    public static Path folder(Path folder) {
        return folder(folder, Access.OWNER);
    }

    /** {@code folder} and every missing folder above it, each created with {@code access}; returns {@code folder}. */
    public static Path folder(Path folder, Access access) {
        Path absolute = folder.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        try {
            for (Path p : missing) {
                try {
                    if (POSIX) {
                        Files.createDirectory(p, PosixFilePermissions.asFileAttribute(access.folder));
                        // The umask may have taken bits the access grants (a group's under 077): set them as asked.
                        Files.setPosixFilePermissions(p, access.folder);
                    } else {
                        Files.createDirectory(p);
                    }
                } catch (FileAlreadyExistsException e) {
                    if (!Files.isDirectory(p)) {
                        throw e;
                    }
                    // another thread or process made it meanwhile (two analyses start side by side), as asked
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives {@code path} (a file, or a folder and all it holds) the modes of {@code access}, if it exists. */
    public static void restrict(Path path, Access access) {
        if (!POSIX || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, Files.isDirectory(p) ? access.folder : access.file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #restrict(Path, Access)} owner-only. */
    public static void restrict(Path path) {
        restrict(path, Access.OWNER);
    }

    /**
     * A new or emptied file for writing, never readable by others: created with {@code access}'s mode, or an existing
     * file given it before anything is written.
     */
    public static OutputStream newOutputStream(Path file, Access access) throws IOException {
        if (!POSIX) {
            return Files.newOutputStream(file);
        }
        var channel = Files.newByteChannel(file, EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), PosixFilePermissions.asFileAttribute(access.file));
        Files.setPosixFilePermissions(file, access.file);
        return Channels.newOutputStream(channel);
    }

    /** {@code folder.resolve(name)}, where {@code name} must stay inside {@code folder}: one plain file name. */
    public static Path inside(Path folder, String name) {
        boolean plain = !name.isEmpty() && name.length() <= 255 && name.indexOf('\0') < 0 && !name.contains("/")
                && !name.contains("\\") && !name.equals(".") && !name.equals("..");
        Path file = plain ? folder.resolve(name) : null;
        Path into = folder.toAbsolutePath().normalize();
        if (file == null || !into.equals(file.toAbsolutePath().normalize().getParent())) {
            // quoted as it is: the command line shows every error through one sanitiser (Dw.shown)
            throw new IllegalArgumentException("'" + name + "' is not a file name inside " + folder);
        }
        return file;
    }

    /** Deletes {@code root} and everything in it, if it exists. */
    public static void deleteAll(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
