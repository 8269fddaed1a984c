package vn.planprogress.plans.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import vn.planprogress.common.web.ETags;
import vn.planprogress.plans.api.HolidayApi;
import vn.planprogress.plans.api.HolidaysDocument;
import vn.planprogress.plans.service.HolidayService;

public class HolidayResource implements HolidayApi {

    private final HolidayService holidays;

    @Inject
    public HolidayResource(HolidayService holidays) {
        this.holidays = holidays;
    }

    @Override
    public Response get(int year) {
        return Response.ok(holidays.get(year)).tag(tag(year)).build();
    }

    @Override
    public Response replace(int year, String ifMatch, HolidaysDocument document) {
        HolidaysDocument replaced = holidays.replace(year, document, ifMatch);
        return Response.ok(replaced).tag(tag(year)).build();
    }

    private EntityTag tag(int year) {
        return ETags.of(holidays.list(year).version());
    }
}
