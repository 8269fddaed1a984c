package vn.planprogress.plans.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.planprogress.plans.domain.HolidayYear;

@ApplicationScoped
public class HolidayRepository implements PanacheRepositoryBase<HolidayYear, Integer> {

    /** The lists set for the years {@code from} to {@code to}, by year. */
    public List<HolidayYear> between(int from, int to) {
        return list("year between ?1 and ?2 order by year", from, to);
    }
}
