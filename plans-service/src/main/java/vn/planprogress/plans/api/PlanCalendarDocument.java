package vn.planprogress.plans.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every period of a plan with its window and dates, as its rules and the years' days off make them. */
@Schema(name = "PlanCalendar", description = "Every period of a plan's year with its window, deadlines, entry opening and lock as dates")
public record PlanCalendarDocument(
        UUID planId,
        @Schema(examples = "2023") int year,
        @Schema(examples = "CUT_OFF") WindowKind window,
        List<ReportingPeriod> periods,
        @Schema(description = "The years of days off the working days are counted with (the plan year and the years beside it)")
        List<HolidayYearRef> holidayYears) {
}
