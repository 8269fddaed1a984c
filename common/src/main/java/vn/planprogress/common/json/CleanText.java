package vn.planprogress.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads JSON text as given (no trimming, no Unicode normalisation: Vietnamese in NFC or NFD is
 * stored exactly as sent) but refuses what no document text contains and PostgreSQL cannot
 * store faithfully: NUL and other control characters, and unpaired UTF-16 surrogates.
 */
final class CleanText extends StdScalarDeserializer<String> {

    CleanText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text == null) {
            return null;
        }
        String fault = faultOf(text);
        if (fault != null) {
            throw JsonMappingException.from(parser, fault);
        }
        return text;
    }

    static String faultOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F) {
                return String.format("text contains the control character U+%04X at position %d", (int) c, i);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return "text contains an unpaired UTF-16 surrogate at position " + i;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return "text contains an unpaired UTF-16 surrogate at position " + i;
            }
        }
        return null;
    }
}
