package vn.planprogress.reports.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** Stored documents are served by their SHA-256: the ETag (hex), the Content-Digest (RFC 9530) and the check against corrupted storage. */
public final class StoredBytes {

    private StoredBytes() {
    }

    public static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Whether {@code content} still has the digest it was stored with. */
    public static boolean intact(byte[] content, byte[] sha256) {
        return Arrays.equals(sha256(content), sha256);
    }

    /** {@code "<hex>"}: a strong ETag. */
    public static String etag(byte[] sha256) {
        return HexFormat.of().formatHex(sha256);
    }

    /** {@code sha-256=:<base64>:}, the Content-Digest header of RFC 9530. */
    public static String contentDigest(byte[] sha256) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(sha256) + ":";
    }
}
