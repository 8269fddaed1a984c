package vn.planprogress.calendar;

/**
 * A working day was asked of a year whose days off {@link WorkingDays} was not given: counting it
 * with weekends only would give a wrong deadline without a word.
 */
public final class HolidaysNotSet extends IllegalStateException {

    private final int year;

    public HolidaysNotSet(int year) {
        super("the days off of " + year + " are not set");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
