package vn.planprogress.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.planprogress.calendar.DefaultHolidays;
import vn.planprogress.calendar.Holidays;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.problem.ProblemType;
import vn.planprogress.common.security.Caller;
import vn.planprogress.common.web.ETags;
import vn.planprogress.plans.api.HolidayDay;
import vn.planprogress.plans.api.HolidaySource;
import vn.planprogress.plans.api.HolidaysDocument;
import vn.planprogress.plans.domain.HolidayYear;
import vn.planprogress.plans.repository.HolidayRepository;

/**
 * Each year's days off: the list an admin set, else the Labour Code's defaults the reporting
 * calendar computes (version 0). Only years the defaults cover (2021 to 2100) are kept.
 */
@ApplicationScoped
public class HolidayService {

    /** A year's list as the calendar uses it, with where it comes from and its version (0 for the defaults). */
    public record YearList(Holidays holidays, HolidaySource source, long version, String note, String updatedBy, Instant updatedAt) {

        public int year() {
            return holidays.year();
        }
    }

    private final HolidayRepository years;
    private final Caller caller;
    private final Clock clock;

    @Inject
    public HolidayService(HolidayRepository years, Caller caller, Clock clock) {
        this.years = years;
        this.caller = caller;
        this.clock = clock;
    }

    public HolidaysDocument get(int year) {
        return document(list(year));
    }

    /** The year's list: stored, else the defaults. */
    public YearList list(int year) {
        requireKept(year);
        HolidayYear stored = years.findById(year);
        return stored == null ? defaults(year) : stored(stored);
    }

    /** The lists of the years from {@code from} to {@code to} that are kept (2021 to 2100), by year. */
    public List<YearList> lists(int from, int to) {
        int first = Math.max(from, DefaultHolidays.FIRST_YEAR);
        int last = Math.min(to, DefaultHolidays.LAST_YEAR);
        if (first > last) {
            return List.of();
        }
        Map<Integer, HolidayYear> stored = years.between(first, last).stream()
                .collect(Collectors.toMap(row -> row.year, Function.identity()));
        List<YearList> lists = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            HolidayYear row = stored.get(year);
            lists.add(row == null ? defaults(year) : stored(row));
        }
        return lists;
    }

    @Transactional
    public HolidaysDocument replace(int year, HolidaysDocument document, String ifMatch) {
        requireKept(year);
        HolidayYear row = years.findById(year);
        ETags.requireMatch(ifMatch, row == null ? 0 : row.version);
        List<FieldViolation> violations = new ArrayList<>();
        if (document.year() != null && document.year() != year) {
            violations.add(new FieldViolation("year", "the list is of " + year + " (the path), not " + document.year()));
        }
        Holidays holidays = holidays(year, document.daysOff(), document.workingSaturdays());
        holidays.violations().forEach(violation -> violations.add(new FieldViolation(violation.field(), violation.message())));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (row == null) {
            row = new HolidayYear();
            row.year = year;
            row.version = 0;
        }
        row.note = document.note();
        row.daysOff = new ArrayList<>(document.daysOff() == null ? List.of() : document.daysOff());
        row.workingSaturdays = new ArrayList<>(document.workingSaturdays() == null ? List.of() : document.workingSaturdays());
        row.version++;
        row.updatedBy = caller.subject();
        row.updatedAt = clock.instant();
        years.persistAndFlush(row);
        return document(stored(row));
    }

    private static void requireKept(int year) {
        if (year < DefaultHolidays.FIRST_YEAR || year > DefaultHolidays.LAST_YEAR) {
            throw ProblemException.of(ProblemType.NOT_FOUND, "Days off are kept for " + DefaultHolidays.FIRST_YEAR + " to "
                    + DefaultHolidays.LAST_YEAR + " (the Labour Code 2019 is in force since 2021), not for " + year);
        }
    }

    private static YearList defaults(int year) {
        return new YearList(DefaultHolidays.of(year), HolidaySource.DEFAULT, 0, DefaultHolidays.NOTE, null, null);
    }

    private static YearList stored(HolidayYear row) {
        return new YearList(holidays(row.year, row.daysOff, row.workingSaturdays), HolidaySource.SET, row.version, row.note,
                row.updatedBy, row.updatedAt);
    }

    private static Holidays holidays(int year, List<HolidayDay> daysOff, List<HolidayDay> workingSaturdays) {
        return new Holidays(year,
                daysOff == null ? List.of() : daysOff.stream().map(day -> day == null ? null : new Holidays.DayOff(day.date(), day.name())).toList(),
                workingSaturdays == null ? List.of() : workingSaturdays.stream()
                        .map(day -> day == null ? null : new Holidays.WorkingSaturday(day.date(), day.name())).toList());
    }

    private static HolidaysDocument document(YearList list) {
        return new HolidaysDocument(list.year(), list.source(), list.note(),
                list.holidays().daysOff().stream().map(day -> new HolidayDay(day.date(), day.name())).toList(),
                list.holidays().workingSaturdays().stream().map(day -> new HolidayDay(day.date(), day.name())).toList(),
                list.updatedBy(), list.updatedAt());
    }
}
