package vn.planprogress.localrun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import vn.planprogress.calendar.BusinessTime;

/**
 * The run command: {@code scripts/run [--fresh] [--data-dir DIR] [--db-port N] [--restore FILE]}. Starts
 * the system on the data kept from the last run (or fresh, or restored from a backup of
 * {@code scripts/backup}), loads the sample and this year's demo, prints one line per step (the embedded
 * PostgreSQL's own logging goes to {@code logs/postgres.log}), then where to try it, and stops everything
 * cleanly on Ctrl-C.
 */
public final class LocalRun {

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path dataDirectory = root.resolve(env("PLANPROGRESS_DATA_DIR", ".run-data"));
        int databasePort = Integer.parseInt(env("PLANPROGRESS_DB_PORT", "54329"));
        boolean fresh = false;
        Path backup = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fresh" -> fresh = true;
                case "--data-dir" -> dataDirectory = root.resolve(args[++i]);
                case "--db-port" -> databasePort = Integer.parseInt(args[++i]);
                case "--restore" -> backup = root.resolve(args[++i]);
                default -> {
                    System.err.println("usage: scripts/run [--fresh] [--data-dir DIR] [--db-port N] [--restore FILE]");
                    System.exit(2);
                }
            }
        }
        if (fresh) {
            deleteRecursively(dataDirectory);
        }
        Path logs = dataDirectory.resolve("logs");
        RunLog.toFile(logs.resolve("postgres.log"));
        if (backup != null) {
            // Onto the database before any service connects to it; the sample below then finds its plan there.
            System.out.println("Restoring " + backup + " ...");
            try (Database database = Database.start(dataDirectory.resolve("postgres"), databasePort)) {
                database.restore(root, backup);
            }
        }
        System.out.println("Starting PostgreSQL and the services (data in " + dataDirectory + ", logs in " + logs + ") ...");
        LocalSystem system = LocalSystem.start(root, dataDirectory, Map.of(), databasePort, EnumSet.allOf(Service.class),
                step -> System.out.println("  " + step));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the services and PostgreSQL ...");
            system.close();
            stopped.countDown();
        }, "local-run-stop"));

        Path samplesDirectory = root.resolve("samples");
        SampleLoader samples = new SampleLoader(system.url(Service.GATEWAY));
        long loading = System.nanoTime();
        String planId = samples.load(samplesDirectory);
        int submitted = samples.loadDemoProgress(samplesDirectory, planId);
        System.out.printf("  %-17s loaded in %4.1f s  the units, the 2022 seed plan (issued), %s%n", "sample",
                (System.nanoTime() - loading) / 1e9, submitted == 0 ? "its demo progress kept from the last run"
                        : submitted + " demo submissions on it");
        loading = System.nanoTime();
        DemoYear demo = samples.loadThisYear(samplesDirectory, BusinessTime.inDefaultZone().dateOf(Instant.now()));
        System.out.printf("  %-17s loaded in %4.1f s  the seed plan copied to %d (issued) with its demo progress%n", "this year's demo",
                (System.nanoTime() - loading) / 1e9, demo.year());
        Welcome.print(system, planId, demo);
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteRecursively(Path directory) throws java.io.IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
