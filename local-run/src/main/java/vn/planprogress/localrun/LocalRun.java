package vn.planprogress.localrun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import vn.planprogress.devsupport.DevTokens;

/**
 * The run command: {@code scripts/run [--fresh] [--data-dir DIR] [--db-port N] [--restore FILE]}. Starts
 * the system on the data kept from the last run (or fresh, or restored from a backup of
 * {@code scripts/backup}), loads the sample, prints where to try it, and stops everything cleanly on Ctrl-C.
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
        if (backup != null) {
            // Onto the database before any service connects to it; the sample below then finds its plan there.
            System.out.println("Restoring " + backup + " ...");
            try (Database database = Database.start(dataDirectory.resolve("postgres"), databasePort)) {
                database.restore(root, backup);
            }
        }
        System.out.println("Starting PostgreSQL and the services (data in " + dataDirectory + ", logs in "
                + dataDirectory.resolve("logs") + ") ...");
        LocalSystem system = LocalSystem.start(root, dataDirectory, Map.of(), databasePort, EnumSet.allOf(Service.class));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the services and PostgreSQL ...");
            system.close();
            stopped.countDown();
        }, "local-run-stop"));

        SampleLoader samples = new SampleLoader(system.url(Service.GATEWAY));
        String planId = samples.load(root.resolve("samples"));
        samples.loadDemoProgress(root.resolve("samples"), planId);
        printWelcome(system, planId);
        stopped.await();
    }

    private static void printWelcome(LocalSystem system, String planId) {
        String gateway = system.url(Service.GATEWAY).toString();
        System.out.println();
        System.out.println("The system is ready.");
        System.out.println("  Swagger UI:  " + gateway + "/q/swagger-ui");
        System.out.println("  Sample plan: " + gateway + "/api/v1/plans/" + planId);
        System.out.println("  Its report:  " + gateway + "/api/v1/reports/plans/" + planId);
        System.out.println("  Services:    plans " + system.url(Service.PLANS) + ", progress " + system.url(Service.PROGRESS)
                + ", reports " + system.url(Service.REPORTS) + ", gateway " + gateway);
        System.out.println();
        System.out.println("Development tokens (12 hours; more with scripts/token):");
        System.out.println("  admin            " + DevTokens.admin());
        System.out.println("  planner          " + DevTokens.planner());
        System.out.println("  leader           " + DevTokens.leader());
        System.out.println("  viewer           " + DevTokens.viewer());
        System.out.println("  reporter TTUDDV  " + DevTokens.reporter("TTUDDV"));
        System.out.println("  reporter HCTH    " + DevTokens.reporter("HCTH"));
        System.out.println();
        System.out.println("Press Ctrl-C to stop.");
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
