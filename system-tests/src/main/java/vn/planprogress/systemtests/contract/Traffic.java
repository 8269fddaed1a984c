package vn.planprogress.systemtests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.planprogress.common.problem.ProblemType;

/**
 * Every response of a run, judged against the API's document and counted: by status class, with
 * each mismatch named. Under {@code /api/}, a 4xx that is not {@code application/problem+json} and an
 * answer to a path that no operation describes count as mismatches too, and anywhere a problem whose
 * type is not in the catalogue ({@code ProblemType}) or comes with another status or title.
 */
public final class Traffic {

    private static final int KEPT = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiContract contract;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong[] byClass = {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong()};
    private final AtomicLong mismatched = new AtomicLong();
    private final List<String> mismatches = new ArrayList<>();
    private final Map<String, Long> seen = new TreeMap<>();

    public Traffic(ApiContract contract) {
        this.contract = contract;
    }

    /** The figures of several runs together (to write, not to judge more traffic). */
    public static Traffic combined(Collection<Traffic> runs) {
        Traffic all = new Traffic(null);
        for (Traffic run : runs) {
            all.requests.addAndGet(run.requests());
            for (int hundreds = 0; hundreds < all.byClass.length; hundreds++) {
                all.byClass[hundreds].addAndGet(run.byClass[hundreds].get());
            }
            all.mismatched.addAndGet(run.mismatchCount());
            all.mismatches.addAll(run.mismatches());
            synchronized (run) {
                run.seen.forEach((key, count) -> all.seen.merge(key, count, Long::sum));
            }
        }
        return all;
    }

    /** Judges one exchange; returns what in it does not conform (empty when it does). */
    public List<String> record(String method, String path, int status, String contentType, byte[] body) {
        requests.incrementAndGet();
        byClass[Math.min(Math.max(status / 100, 0), 5)].incrementAndGet();
        List<String> found = new ArrayList<>();
        if (path.startsWith("/api/")) {
            if (contract.describes(path)) {
                found.addAll(contract.mismatches(method, path, status, contentType, body));
                contract.operation(method, path).ifPresent(operation -> count(operation + " " + status));
            } else if (status < 400) {
                found.add(method + " " + path + " → " + status + ": answered, but the document describes no such path");
            }
        }
        if (path.startsWith("/api/") && status >= 400 && status < 500 && !isProblem(contentType)) {
            found.add(method + " " + path + " → " + status + ": a 4xx as '" + contentType + "', not application/problem+json");
        }
        if (isProblem(contentType) && body != null && body.length > 0) {
            String fault = faultOfProblem(status, body);
            if (fault != null) {
                found.add(method + " " + path + " → " + status + ": " + fault);
            }
        }
        if (!found.isEmpty()) {
            mismatched.addAndGet(found.size());
            synchronized (mismatches) {
                for (String mismatch : found) {
                    if (mismatches.size() < KEPT) {
                        mismatches.add(mismatch);
                    }
                }
            }
        }
        return found;
    }

    private synchronized void count(String operationAndStatus) {
        seen.merge(operationAndStatus, 1L, Long::sum);
    }

    /** Why a problem body is not one of the catalogue as it stands (type, status, title), or null when it is. */
    static String faultOfProblem(int status, byte[] body) {
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            return "the problem body is not JSON";
        }
        String uri = problem.path("type").asText(null);
        Optional<ProblemType> type = ProblemType.ofUri(uri);
        if (type.isEmpty()) {
            return "the problem type " + uri + " is not in the catalogue (ProblemType, docs/problems.md)";
        }
        if (type.get().status() != status || problem.path("status").asInt() != status) {
            return uri + " is answered with " + type.get().status() + ", not " + status;
        }
        if (!type.get().title().equals(problem.path("title").asText())) {
            return "the title of " + uri + " is '" + type.get().title() + "', not '" + problem.path("title").asText() + "'";
        }
        return null;
    }

    private static boolean isProblem(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
    }

    public long requests() {
        return requests.get();
    }

    public long ofClass(int hundreds) {
        return byClass[hundreds].get();
    }

    public long mismatchCount() {
        return mismatched.get();
    }

    public List<String> mismatches() {
        synchronized (mismatches) {
            return List.copyOf(mismatches);
        }
    }

    private ObjectNode figures() {
        ObjectNode figures = new ObjectMapper().createObjectNode();
        figures.put("requests", requests());
        for (int hundreds = 1; hundreds <= 5; hundreds++) {
            figures.put(hundreds + "xx", ofClass(hundreds));
        }
        figures.put("mismatches", mismatchCount());
        return figures;
    }

    /** The figures as one line: {@code requests=N 2xx=N 4xx=N 5xx=N mismatches=N}. */
    public String summary() {
        return "requests=" + requests() + " 2xx=" + ofClass(2) + " 4xx=" + ofClass(4) + " 5xx=" + ofClass(5) + " mismatches=" + mismatchCount();
    }

    /** The document responses are judged against. */
    public ApiContract contract() {
        return contract;
    }

    /** Writes the figures, the mismatches and the operations and statuses seen, as JSON. */
    public void write(Path file) {
        write(file, null);
    }

    /** The same, with the figures of traffic while a service was stopped on purpose under "duringOutages". */
    public synchronized void write(Path file, Traffic duringOutages) {
        ObjectNode report = figures();
        report.putPOJO("mismatchList", mismatches());
        report.putPOJO("seen", seen);
        if (duringOutages != null) {
            ObjectNode outages = duringOutages.figures();
            outages.putPOJO("mismatchList", duringOutages.mismatches());
            report.set("duringOutages", outages);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
