package vn.planprogress.progress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** Business settings of the progress service, under {@code planprogress.progress}. */
@ConfigMapping(prefix = "planprogress.progress")
public interface ProgressSettings {

    /** Where deadline days end: a deadline date means the end of that day here. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId businessZone();

    /** What a caller is told to wait (Retry-After) when the plans service cannot be reached. */
    @WithDefault("10S")
    Duration plansRetryAfter();
}
