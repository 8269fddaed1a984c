package vn.planprogress.reports.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something a job run produced: a snapshot stored, or a reminder delivered. */
@Schema(description = "A snapshot stored or a reminder delivered by a job run")
public record JobOutput(
        @Schema(examples = "SNAPSHOT", enumeration = {"SNAPSHOT", "REMINDER"}) String type,
        @Schema(description = "The snapshot's id, or the reminder delivery's") UUID id,
        UUID planId,
        @Schema(examples = "1/KH-SKHCN") String planNumber,
        @Schema(examples = "2022") String period,
        @Schema(examples = "units reminded: QLTC, CCTDC") String detail) {

    public static final String SNAPSHOT = "SNAPSHOT";
    public static final String REMINDER = "REMINDER";
}
