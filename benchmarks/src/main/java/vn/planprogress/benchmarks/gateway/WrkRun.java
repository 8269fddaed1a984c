package vn.planprogress.benchmarks.gateway;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one wrk run measured: requests per second, median and 99th percentile latency, failed answers. */
record WrkRun(double requestsPerSecond, double p50Millis, double p99Millis, long requests, long failures) {

    /** Runs of the same length taken together: their mean throughput, their median latencies. */
    static WrkRun combine(List<WrkRun> runs) {
        return new WrkRun(runs.stream().mapToDouble(WrkRun::requestsPerSecond).average().orElse(0),
                median(runs.stream().map(WrkRun::p50Millis).toList()), median(runs.stream().map(WrkRun::p99Millis).toList()),
                runs.stream().mapToLong(WrkRun::requests).sum(), runs.stream().mapToLong(WrkRun::failures).sum());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("([0-9]+) requests in");
    private static final Pattern NOT_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");

    /** Reads {@code wrk --latency} output. */
    static WrkRun parse(String output) {
        long failures = 0;
        Matcher not2xx = NOT_2XX.matcher(output);
        if (not2xx.find()) {
            failures += Long.parseLong(not2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                failures += Long.parseLong(socket.group(group));
            }
        }
        return new WrkRun(number(RATE, output), percentile("50%", output), percentile("99%", output),
                (long) number(TOTAL, output), failures);
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("wrk's output lacks " + pattern + ":\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    /** A line of the latency distribution, e.g. {@code 99%   12.34ms}, in milliseconds. */
    private static double percentile(String which, String output) {
        Matcher matcher = Pattern.compile("^\\s*" + Pattern.quote(which) + "\\s+([0-9.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE)
                .matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("wrk's output lacks the " + which + " latency:\n" + output);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }
}
