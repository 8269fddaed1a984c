package vn.planprogress.plans.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year whose days off a plan's calendar counts with, and where they come from. */
@Schema(description = "A year of days off a plan's calendar uses")
public record HolidayYearRef(@Schema(examples = "2023") int year, @Schema(examples = "SET") HolidaySource source) {
}
