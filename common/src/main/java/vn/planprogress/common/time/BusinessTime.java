package vn.planprogress.common.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform's business time, the same in every service: the zone where a deadline day ends and a
 * scheduled time of day is read ({@code planprogress.business.zone}, {@code BUSINESS_ZONE}),
 * whatever zone a server runs in.
 */
@ConfigMapping(prefix = "planprogress.business")
public interface BusinessTime {

    /** A deadline date means the end of that day here. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /** The reporting calendar's business time in this zone: where a deadline day ends, when an entry window opens. */
    default vn.planprogress.calendar.BusinessTime calendar() {
        return new vn.planprogress.calendar.BusinessTime(zone());
    }

    /** Today in the business zone, by {@code clock}. */
    default LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone());
    }
}
