package vn.planprogress.plans.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
        @Schema(description = "The first schedule's period type", examples = "ANNUAL") PeriodType periodType,
        @Schema(description = "Every period type the plan reports on, in schedule order", examples = "[\"ANNUAL\"]") List<PeriodType> periodTypes,
        @Schema(examples = "CALENDAR") WindowKind window,
        @Schema(examples = "HCTH") String consolidationUnit,
        ReportRecipient reportTo,
        DocumentRef parentPlanRef,
        Signer signer,
        List<String> recipients,
        @Schema(description = "Every period of the plan's year with its window and dates, by window end (shorter first)")
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

    /** An indicator with its defaults spelled out (measure NUMBER, direction INCREASE, aggregation SUM). */
    @Schema(name = "DigestIndicator")
    public record Indicator(String code, String name, String unitOfMeasure,
                            @Schema(description = "Absent for QUALITATIVE") BigDecimal target,
                            List<IndicatorPart> parts, Measure measure, Direction direction, Aggregation aggregation,
                            Baseline baseline, Map<String, BigDecimal> periodTargets, Map<String, BigDecimal> weights) {
    }

    @Schema(name = "DigestUnit")
    public record Unit(String code, String name, String shortName, UnitKind kind, String parentCode, List<String> contactEmails) {
    }
}
