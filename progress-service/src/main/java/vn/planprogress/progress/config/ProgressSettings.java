package vn.planprogress.progress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Business settings of the progress service, under {@code planprogress.progress}. */
@ConfigMapping(prefix = "planprogress.progress")
public interface ProgressSettings {

    /** What a caller is told to wait (Retry-After) when the plans service cannot be reached. */
    @WithDefault("10S")
    Duration plansRetryAfter();
}
