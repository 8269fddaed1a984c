package vn.planprogress.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import vn.planprogress.calendar.PlanCalendar;
import vn.planprogress.calendar.WorkingDays;
import vn.planprogress.common.time.BusinessTime;
import vn.planprogress.plans.api.HolidayYearRef;
import vn.planprogress.plans.api.Reporting;
import vn.planprogress.plans.mapping.ReportingRulesMapper;

/**
 * A plan's calendar: its reporting rules made dates by the reporting calendar, counting working
 * days with the days off of the plan year and the years beside it (a cut-off plan's first windows
 * start in December of the year before; a deadline after a December window may run into the next).
 */
@ApplicationScoped
public class PlanCalendars {

    /** The calendar, the years of days off it counted with, and a tag that changes when any of those lists does. */
    public record Computed(PlanCalendar calendar, List<HolidayYearRef> holidayYears, String holidayTag) {
    }

    private final HolidayService holidays;
    private final BusinessTime time;

    @Inject
    public PlanCalendars(HolidayService holidays, BusinessTime time) {
        this.holidays = holidays;
        this.time = time;
    }

    /**
     * The calendar of rules without violations for a plan of {@code year}.
     *
     * @throws vn.planprogress.calendar.HolidaysNotSet when a working-day deadline needs a year whose days off are not kept
     */
    public Computed of(Reporting reporting, int year) {
        List<HolidayService.YearList> lists = holidays.lists(year - 1, year + 1);
        PlanCalendar calendar = PlanCalendar.of(ReportingRulesMapper.rules(reporting, year),
                WorkingDays.of(lists.stream().map(HolidayService.YearList::holidays).toList()), time.calendar());
        return new Computed(calendar, lists.stream().map(list -> new HolidayYearRef(list.year(), list.source())).toList(), tag(lists));
    }

    /** A short hash of the versions of the plan's years of days off: part of its digest's ETag. */
    public String holidayTag(int year) {
        return tag(holidays.lists(year - 1, year + 1));
    }

    private static String tag(List<HolidayService.YearList> lists) {
        String versions = lists.stream().map(list -> list.year() + ":" + list.version()).collect(Collectors.joining(","));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(versions.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
