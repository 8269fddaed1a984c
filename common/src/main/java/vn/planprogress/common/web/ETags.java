package vn.planprogress.common.web;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import vn.planprogress.common.problem.ProblemException;

/** Optimistic concurrency: the ETag of a resource is its version; updates must send it back in If-Match. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /**
     * Refuses an update whose {@code If-Match} is missing (428) or does not name the current version (412),
     * so that nobody overwrites a change they have not seen.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "Send If-Match with the ETag from your last GET, so that you do not overwrite a change you have not seen");
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || unquote(tag).equals(String.valueOf(currentVersion)));
        if (!matches) {
            throw ProblemException.preconditionFailed("The resource has changed since you read it (If-Match "
                    + ifMatch.trim() + ", current ETag \"" + currentVersion + "\"); GET it again and reapply your change");
        }
    }

    /** Whether a list of tags ({@code If-None-Match}: {@code "3.a1b2", W/"4"} or {@code *}) names {@code current}; false when absent. */
    public static boolean anyMatches(String tags, EntityTag current) {
        return tags != null && Arrays.stream(tags.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || unquote(tag).equals(current.getValue()));
    }

    private static String unquote(String tag) {
        String strong = tag.startsWith("W/") ? tag.substring(2) : tag;
        return strong.length() >= 2 && strong.startsWith("\"") && strong.endsWith("\"")
                ? strong.substring(1, strong.length() - 1) : strong;
    }
}
