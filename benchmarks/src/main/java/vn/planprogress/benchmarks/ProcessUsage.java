package vn.planprogress.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What Linux says a benchmarked process has used ({@code /proc/<pid>/stat} and {@code /status}):
 * its CPU time, its resident memory now and at most, and the machine's load. Shared by the
 * benchmarks, which print them beside their figures.
 */
public final class ProcessUsage {

    /** USER_HZ of /proc/<pid>/stat: 100 on Linux. */
    private static final int CLOCK_TICKS_PER_SECOND = 100;

    private ProcessUsage() {
    }

    /** utime + stime of the process (all its threads), in milliseconds, to the clock tick (10 ms). */
    private static long cpuMillis(long pid) {
        return ticksToMillis(read(Path.of("/proc/" + pid + "/stat")));
    }

    /** utime + stime of a process's or a thread's stat line, in milliseconds. */
    private static long ticksToMillis(String stat) {
        // The command name, in parentheses, may hold spaces: count the fields after it.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    /**
     * The part of {@link #treeCpuMillis} the JIT compiler threads of the JVMs among them ({@code C1 CompilerThre},
     * {@code C2 CompilerThre}) spent: work a long-running service has done once, not per request.
     */
    private static long treeJitMillis(ProcessHandle process) {
        return treeOf(process).mapToLong(ProcessUsage::jitMillis).sum();
    }

    private static long jitMillis(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
            return threads.mapToLong(thread -> {
                try {
                    String stat = Files.readString(thread.resolve("stat"), StandardCharsets.UTF_8);
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    return name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? ticksToMillis(stat) : 0;
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException gone) {
            return 0;
        }
    }

    /** What the process and its descendants have spent so far; {@link Spent#minus} of two says what a stretch cost. */
    public static Spent spent(ProcessHandle process) {
        return new Spent(treeCpuMillis(process), treeJitMillis(process));
    }

    /**
     * CPU time (user + system, milliseconds) and the part of it the JIT compiler threads took. A benchmark
     * warms up until the JIT has settled, since a long-running service compiles once, not per request.
     */
    public record Spent(long cpuMillis, long jitMillis) {

        public static final Spent NOTHING = new Spent(0, 0);
        /** The JIT has settled when its compiler threads take less than this share of the CPU. */
        public static final int JIT_SETTLED_PERCENT = 5;

        public Spent minus(Spent earlier) {
            return new Spent(cpuMillis - earlier.cpuMillis, jitMillis - earlier.jitMillis);
        }

        public Spent plus(Spent other) {
            return new Spent(cpuMillis + other.cpuMillis, jitMillis + other.jitMillis);
        }

        public long jitPercent() {
            return cpuMillis == 0 ? 0 : Math.round(100.0 * jitMillis / cpuMillis);
        }

        public boolean jitSettled() {
            return jitPercent() < JIT_SETTLED_PERCENT;
        }
    }

    /** The same for the process and every descendant alive now (nginx's workers beside its master). */
    private static long treeCpuMillis(ProcessHandle process) {
        return treeOf(process).mapToLong(ProcessUsage::cpuMillisOrNone).sum();
    }

    /** VmHWM: the most memory the process has held resident since it started, in KiB. */
    public static long peakRssKiB(long pid) {
        return statusField(pid, "VmHWM:");
    }

    /** VmRSS (the memory held resident now, in KiB) summed over the process and its descendants (pages they share counted in each). */
    public static long treeRssKiB(ProcessHandle process) {
        return treeOf(process).mapToLong(pid -> statusFieldOrNone(pid, "VmRSS:")).sum();
    }

    /** VmHWM summed over the process and its descendants. */
    public static long treePeakRssKiB(ProcessHandle process) {
        return treeOf(process).mapToLong(pid -> statusFieldOrNone(pid, "VmHWM:")).sum();
    }

    /** How many processes the tree has now: the process and its descendants. */
    public static long treeSize(ProcessHandle process) {
        return treeOf(process).count();
    }

    /** The one-minute load average. */
    public static String loadAverage() {
        return read(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static Stream<Long> treeOf(ProcessHandle process) {
        return Stream.concat(Stream.of(process), process.descendants()).map(ProcessHandle::pid);
    }

    /** A descendant may end between being listed and being read. */
    private static long cpuMillisOrNone(long pid) {
        try {
            return cpuMillis(pid);
        } catch (UncheckedIOException gone) {
            return 0;
        }
    }

    private static long statusFieldOrNone(long pid, String field) {
        try {
            return statusField(pid, field);
        } catch (UncheckedIOException gone) {
            return 0;
        }
    }

    private static long statusField(long pid, String field) {
        for (String line : read(Path.of("/proc/" + pid + "/status")).split("\n")) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no " + field + " in /proc/" + pid + "/status");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
