package vn.planprogress.systemtests.contract;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import vn.planprogress.localrun.LocalSystem;
import vn.planprogress.localrun.SampleLoader;
import vn.planprogress.localrun.Service;

/**
 * The system for {@code scripts/contract-check}: PostgreSQL and the four packaged services on free
 * ports (so that it never meets another run on the usual ones), the sample loaded, and the validating
 * proxy in front of the gateway. It writes {@code DIR/system.env} (GATEWAY_URL, PROXY_URL,
 * SAMPLE_PLAN_ID) for the tools that send traffic, and when they are done ({@code POST
 * /__contract/stop} on the proxy) writes {@code DIR/traffic.json} and {@code DIR/ledger.json},
 * checks the database against the accepted requests, stops everything and prints one line:
 * {@code requests=N 2xx=N 4xx=N 5xx=N mismatches=N record-differences=N}.
 * <pre>java -cp system-tests/target/system-tests.jar:system-tests/target/lib/* vn.planprogress.systemtests.contract.ContractRun DIR</pre>
 */
public final class ContractRun {

    private ContractRun() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path directory = root.resolve(args[0]);
        Files.createDirectories(directory);
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, freePort());
        }
        int exit;
        try (LocalSystem system = LocalSystem.start(root, directory.resolve("data"), ports, freePort(), EnumSet.allOf(Service.class))) {
            String planId = new SampleLoader(system.url(Service.PLANS)).load(root.resolve("samples"));
            String database = system.database().url();
            RecordCheck.Records before = RecordCheck.read(database);
            URI gateway = system.url(Service.GATEWAY);
            ContractProxy proxy = new ContractProxy(gateway, ApiContract.of(document(gateway)));
            int proxyPort = freePort();
            proxy.start(proxyPort);
            Files.writeString(directory.resolve("system.env"), "GATEWAY_URL=" + gateway + "\nPROXY_URL=http://127.0.0.1:" + proxyPort
                    + "\nSAMPLE_PLAN_ID=" + planId + "\n");
            System.out.println("The system is ready: gateway " + gateway + ", validating proxy http://127.0.0.1:" + proxyPort);
            proxy.awaitStop();
            proxy.traffic().write(directory.resolve("traffic.json"));
            proxy.ledger().write(directory.resolve("ledger.json"));
            proxy.traffic().mismatches().forEach(mismatch -> System.out.println("MISMATCH " + mismatch));
            List<String> differences = RecordCheck.verify(database, before, proxy.ledger());
            differences.forEach(difference -> System.out.println("RECORD " + difference));
            String summary = proxy.traffic().summary() + " record-differences=" + differences.size();
            Files.writeString(directory.resolve("proxy-summary.txt"), summary + "\n");
            System.out.println("proxy: " + summary);
            exit = differences.isEmpty() && proxy.traffic().mismatchCount() == 0 && proxy.traffic().ofClass(5) == 0 ? 0 : 1;
        }
        System.exit(exit);
    }

    private static byte[] document(URI gateway) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(gateway.resolve("/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The gateway's combined document answered " + response.statusCode());
        }
        return response.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
