package vn.planprogress.reports.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import vn.planprogress.common.client.CallerHandover;
import vn.planprogress.reports.config.ReportsSettings;

/**
 * Reads from the plans and progress services a few at a time: a plan's pages of submissions, the
 * roll-up's plans. The service keeps {@code planprogress.reports.source-reads} threads for it, shared
 * by all requests, which bounds what it asks of the other services at once. Each thread works with
 * the caller's token and request id handed to it ({@link CallerHandover}). A read made on one of
 * these threads (a roll-up's plan reading its pages) reads its own parts one after the other, so
 * that no thread ever waits for a thread of the same pool.
 */
@ApplicationScoped
public class ParallelReads {

    private static final String THREAD_NAME = "source-read-";

    private final CallerHandover caller;
    private final ExecutorService readers;

    @Inject
    public ParallelReads(ReportsSettings settings, CallerHandover caller) {
        this.caller = caller;
        this.readers = Executors.newFixedThreadPool(settings.sourceReads(), new Readers());
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    /**
     * {@code read} of each item, in the items' order. The first failure fails the whole read with its
     * own exception, and the reads still under way are cancelled: a report is never built from part
     * of its data.
     */
    public <T, R> List<R> map(List<T> items, Function<T, R> read) {
        if (items.size() < 2 || Thread.currentThread().getName().startsWith(THREAD_NAME)) {
            return items.stream().map(read).toList();
        }
        CallerHandover.Handed handed = caller.take();
        List<Future<R>> underWay = new ArrayList<>(items.size());
        for (T item : items) {
            underWay.add(readers.submit(() -> handed.run(() -> read.apply(item))));
        }
        try {
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> each : underWay) {
                results.add(each.get());
            }
            return results;
        } catch (ExecutionException failed) {
            throw rethrown(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while reading the report's sources");
        } finally {
            underWay.forEach(each -> each.cancel(true));
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private static final class Readers implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, THREAD_NAME + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
