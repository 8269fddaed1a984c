package vn.planprogress.gateway.edge;

import java.util.Locale;

/**
 * What a request path must look like before the gateway passes it on: the services see exactly
 * the path the gateway routed on, so nothing in it may be read differently further on
 * (dot segments, encoded slashes, backslashes or dots, double encoding, NUL, matrix parameters).
 */
public final class PathRules {

    private static final String[] ENCODED_FAULTS = {"%2f", "%5c", "%2e", "%00", "%25"};

    private PathRules() {
    }

    /** Why the raw (not yet decoded) path is refused, or null when it is safe to route. */
    public static String faultOf(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return "the path must start with '/'";
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return "the path contains a control character";
            }
            if (c == '\\') {
                return "the path contains a backslash";
            }
            if (c == ';') {
                return "the path contains ';' (matrix parameters are not used by this API)";
            }
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        for (String encoded : ENCODED_FAULTS) {
            if (lower.contains(encoded)) {
                return "the path contains the encoded character " + encoded.toUpperCase(Locale.ROOT)
                        + " (slashes, backslashes, dots, NUL and '%' are never encoded in this API's paths)";
            }
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals(".") || segment.equals("..")) {
                return "the path contains a '" + segment + "' segment";
            }
            if (segment.isEmpty() && i < segments.length - 1) {
                return "the path contains an empty segment ('//')";
            }
        }
        return null;
    }
}
