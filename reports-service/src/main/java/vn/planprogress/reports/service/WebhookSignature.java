package vn.planprogress.reports.service;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook POST, {@code X-Signature-256: t=<unix seconds>,v1=<hex>}: the lowercase hex
 * HMAC-SHA256, keyed with the subscription's secret (UTF-8), of the timestamp, a dot and the body's bytes
 * exactly as sent. A receiver computes the same over what it received, compares in constant time, and
 * refuses a timestamp far from its own clock (a replay).
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Signature-256";

    private WebhookSignature() {
    }

    /** The header's value for a body sent at {@code unixSeconds}. */
    public static String header(String secret, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + hmacHex(secret, signedBytes(unixSeconds, body));
    }

    /** What is signed: {@code <t>.} followed by the body. */
    static byte[] signedBytes(long unixSeconds, byte[] body) {
        byte[] prefix = (unixSeconds + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        return signed;
    }

    static String hmacHex(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
