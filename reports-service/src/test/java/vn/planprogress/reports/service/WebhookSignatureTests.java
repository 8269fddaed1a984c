package vn.planprogress.reports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * X-Signature-256 as a receiver computes it. The expected values were computed apart from this code, at
 * the shell: {@code printf '%s' '1668222000.<body>' | openssl dgst -sha256 -hmac '<secret>'}.
 */
class WebhookSignatureTests {

    private static final byte[] BODY = ("{\"id\":\"3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f\",\"type\":\"reminder.due\","
            + "\"data\":{\"planTitle\":\"Tuyên truyền cải cách hành chính\"}}").getBytes(StandardCharsets.UTF_8);

    @Test
    void theHeaderIsTheTimestampAndTheHexHmacOfTheTimestampADotAndTheBody() {
        assertEquals("t=1668222000,v1=d8d8e3b9a0b796ffe2be8d3c8df278c0aacc5915ead4260dfd8be68cbcf45bbc",
                WebhookSignature.header("nhac-han-bao-cao-2022-secret", 1668222000L, BODY));
    }

    @Test
    void aSecretWithDiacriticsKeysTheHmacAsItsUtf8Bytes() {
        assertEquals("t=1668222000,v1=6f337692bb19ee98b783b763c81d6c31e535b064fabaae3e67bf37dc7bdf8d20",
                WebhookSignature.header("Mật khẩu bí mật 2022!", 1668222000L, BODY));
    }

    @Test
    void anotherTimestampOrOneByteMoreIsAnotherSignature() {
        String signed = WebhookSignature.header("nhac-han-bao-cao-2022-secret", 1668222000L, BODY);
        byte[] longer = new byte[BODY.length + 1];
        System.arraycopy(BODY, 0, longer, 0, BODY.length);
        longer[BODY.length] = ' ';

        assertNotEquals(signed.substring(signed.indexOf(",")),
                WebhookSignature.header("nhac-han-bao-cao-2022-secret", 1668222001L, BODY).substring(signed.indexOf(",")));
        assertNotEquals(signed, WebhookSignature.header("nhac-han-bao-cao-2022-secret", 1668222000L, longer));
    }
}
