package vn.planprogress.localrun;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * The run command's own java.util.logging (the embedded PostgreSQL's initdb, server and shutdown
 * lines) into a file under the logs directory instead of the terminal, which shows one line per step.
 */
final class RunLog {

    private RunLog() {
    }

    /** From now on every java.util.logging record of this JVM is appended to {@code file}, none to the console. */
    static void toFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s [%3$s] %5$s%6$s%n");
            StreamHandler handler = new StreamHandler(new FileOutputStream(file.toFile(), true), new SimpleFormatter()) {
                @Override
                public synchronized void publish(LogRecord record) {
                    super.publish(record);
                    flush();
                }
            };
            handler.setEncoding("UTF-8");
            LogManager.getLogManager().reset();
            Logger.getLogger("").addHandler(handler);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the log " + file, e);
        }
    }
}
