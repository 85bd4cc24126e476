package com.homeservices.dw.etl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a fixture folder from the test classpath to a place a test may change. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path copy(String name, Path into) {
        try {
            Path source = Path.of(Fixtures.class.getClassLoader().getResource("fixtures/" + name).toURI());
            Path target = into.resolve(name);
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
