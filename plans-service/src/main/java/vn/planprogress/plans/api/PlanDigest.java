package vn.planprogress.plans.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What other services need of a plan, in one small response: its periods and deadlines, its
 * tasks with their units (groups resolved), schedules and indicators, and the units named.
 */
@Schema(description = "A compact view of a plan for other services: periods, deadlines, tasks, units")
public record PlanDigest(
        UUID planId,
        @Schema(examples = "12/KH-SKHCN") String number,
        String title,
        @Schema(examples = "2022") int year,
        @Schema(examples = "SKHCN") String ownerUnit,
        @Schema(description = "Nơi ban hành, for the documents the other services write", examples = "Quảng Ngãi") String place,
        @Schema(examples = "ISSUED") PlanStatus status,
        @Schema(examples = "0") int amendment,
        @Schema(examples = "3") long version,
        @Schema(examples = "ANNUAL") PeriodType periodType,
        @Schema(examples = "HCTH") String consolidationUnit,
        ReportRecipient reportTo,
        DocumentRef parentPlanRef,
        Signer signer,
        List<String> recipients,
        List<ReportingPeriod> periods,
        List<Task> tasks,
        List<Unit> units) {

    @Schema(name = "DigestTask", description = "A task with resolved units, effective dates and indicators")
    public record Task(
            @Schema(examples = "III.4") String code,
            String title,
            @Schema(examples = "[\"HCTH\", \"TTUDDV\"]") List<String> leadUnits,
            List<String> coordinatingUnits,
            ScheduleKind scheduleKind,
            @Schema(examples = "Quý II/2022") String scheduleLabel,
            @Schema(examples = "2022-04-01") LocalDate effectiveFrom,
            @Schema(examples = "2022-06-30") LocalDate effectiveTo,
            List<Indicator> indicators) {
    }

    @Schema(name = "DigestIndicator")
    public record Indicator(String code, String name, String unitOfMeasure, BigDecimal target, List<IndicatorPart> parts) {
    }

    @Schema(name = "DigestUnit")
    public record Unit(String code, String name, String shortName, UnitKind kind, String parentCode, List<String> contactEmails) {
    }
}
