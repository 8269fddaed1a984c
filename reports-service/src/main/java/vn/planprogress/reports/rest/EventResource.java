package vn.planprogress.reports.rest;

import jakarta.inject.Inject;
import java.util.List;
import vn.planprogress.reports.api.EventApi;
import vn.planprogress.reports.api.EventPage;
import vn.planprogress.reports.service.EventFeed;

public class EventResource implements EventApi {

    private final EventFeed feed;

    @Inject
    public EventResource(EventFeed feed) {
        this.feed = feed;
    }

    @Override
    public EventPage list(String after, List<String> types, Integer limit) {
        return feed.page(after, types, limit);
    }
}
