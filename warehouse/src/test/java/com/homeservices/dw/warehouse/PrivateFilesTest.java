package com.homeservices.dw.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {

    @TempDir
    Path temp;

    @Test
    void missingFoldersAreCreatedOwnerOnlyAndAnExistingOneKeepsItsMode() throws IOException {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));

        PrivateFiles.folder(temp.resolve("a").resolve("b"));
        PrivateFiles.folder(temp.resolve("g"), PrivateFiles.Access.GROUP);

        assertThat(mode(temp)).isEqualTo("rwxr-xr-x");
        assertThat(mode(temp.resolve("a"))).isEqualTo("rwx------");
        assertThat(mode(temp.resolve("a").resolve("b"))).isEqualTo("rwx------");
        assertThat(mode(temp.resolve("g"))).isEqualTo("rwxr-x---");
    }

    @Test
    void aFileWrittenAgainLosesTheModeItHad() throws IOException {
        Path file = Files.writeString(temp.resolve("payroll.csv"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));

        try (OutputStream out = PrivateFiles.newOutputStream(file, PrivateFiles.Access.OWNER)) {
            out.write("new".getBytes());
        }

        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @Test
    void aNewWarehouseIsOwnerOnlyAndAnOlderOneIsMadeSoWhenOpened() throws IOException {
        Path fresh = temp.resolve("new").resolve("warehouse.duckdb");
        try (Warehouse warehouse = Warehouse.open(fresh, CompanyPolicy.defaults())) {
            assertThat(mode(fresh)).isEqualTo("rw-------");
        }
        assertThat(mode(fresh.getParent())).isEqualTo("rwx------");
        // nothing left of the folder the file was made in
        try (var left = Files.list(fresh.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("warehouse.duckdb");
        }

        Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-r--r--"));
        Warehouse.open(fresh, CompanyPolicy.defaults()).close();
        assertThat(mode(fresh)).isEqualTo("rw-------");
    }

    @Test
    void aNameThatWouldLeaveItsFolderIsRefused() {
        Path folder = temp.resolve("reports");
        for (String name : new String[] {"../evil.pdf", "/tmp/evil.pdf", "a/../../evil.pdf", "..", ".", "",
                "evil\0.pdf", "x".repeat(300)}) {
            assertThatThrownBy(() -> PrivateFiles.inside(folder, name)).as(name)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageEndingWith("is not a file name inside " + folder);
        }
        assertThat(PrivateFiles.inside(folder, "claim-totals_2026-11-16_en.pdf"))
                .isEqualTo(folder.resolve("claim-totals_2026-11-16_en.pdf"));
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
