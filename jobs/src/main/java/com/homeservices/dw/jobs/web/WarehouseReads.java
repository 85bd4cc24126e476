package com.homeservices.dw.jobs.web;

import com.homeservices.dw.warehouse.DwException;
import com.homeservices.dw.warehouse.Warehouse;
import com.homeservices.dw.warehouse.policy.CompanyPolicy;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The web archive's reads of the warehouse: read-only, one at a time, the file opened for each and closed after,
 * so that the scheduler (which waits for the file) gets it back between two requests. While the scheduler writes
 * the warehouse, a read is refused at once and the page says so.
 */
final class WarehouseReads {

    private final Path file;
    private final CompanyPolicy policy;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    WarehouseReads(Path file, CompanyPolicy policy) {
        this.file = file;
        this.policy = policy;
    }

    /** What {@code read} finds, or empty while another process writes the warehouse. */
    <T> Optional<T> read(Function<Warehouse, T> read) {
        oneAtATime.lock();
        try (Warehouse warehouse = Warehouse.openReadOnly(file, policy)) {
            return Optional.ofNullable(read.apply(warehouse));
        } catch (DwException e) {
            if (Warehouse.isBeingWritten(e)) {
                return Optional.empty();
            }
            throw e;
        } finally {
            oneAtATime.unlock();
        }
    }
}
