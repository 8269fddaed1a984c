package vn.planprogress.reports.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the event feed, and where to read on from. */
@Schema(description = "Events in feed order after the cursor asked for, and the cursor to ask after next")
public record EventPage(
        List<Event> items,
        @Schema(description = "The cursor of the last event here, or the one asked after when there is none: store it and ask again",
                examples = "eZmVlZDo0Mg")
        String next) {
}
