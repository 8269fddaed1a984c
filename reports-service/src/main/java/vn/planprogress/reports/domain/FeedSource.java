package vn.planprogress.reports.domain;

/** The services whose outboxes the event feed relays, named as {@code event_feed.source} and the API name them. */
public enum FeedSource {
    PLANS("plans"),
    PROGRESS("progress"),
    REPORTS("reports");

    public final String wireName;

    FeedSource(String wireName) {
        this.wireName = wireName;
    }

    public static FeedSource named(String wireName) {
        for (FeedSource source : values()) {
            if (source.wireName.equals(wireName)) {
                return source;
            }
        }
        throw new IllegalArgumentException("No feed source is named " + wireName);
    }
}
