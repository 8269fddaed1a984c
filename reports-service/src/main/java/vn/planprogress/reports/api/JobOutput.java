package vn.planprogress.reports.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something a job run produced: a snapshot stored, a reminder delivered (to the webhook or by e-mail), or a digest mailed. */
@Schema(description = "A snapshot stored, a reminder delivered (to the webhook or by e-mail) or a digest mailed by a job run")
public record JobOutput(
        @Schema(examples = "SNAPSHOT", enumeration = {"SNAPSHOT", "REMINDER", "DIGEST"}) String type,
        @Schema(description = "The snapshot's id, the reminder delivery's, or the mail's") UUID id,
        UUID planId,
        @Schema(examples = "1/KH-SKHCN") String planNumber,
        @Schema(examples = "2022") String period,
        @Schema(examples = "units reminded: QLTC, CCTDC") String detail) {

    public static final String SNAPSHOT = "SNAPSHOT";
    public static final String REMINDER = "REMINDER";
    /** The consolidation unit's daily digest mail. */
    public static final String DIGEST = "DIGEST";
}
