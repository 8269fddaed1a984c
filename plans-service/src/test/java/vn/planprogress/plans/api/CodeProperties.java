package vn.planprogress.plans.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Codes as written (III.3, Ạ.1): one spelling each, the composed one; Vietnamese text in any form is not a code's business. */
class CodeProperties {

    private static final Pattern ITEM = Pattern.compile(Codes.ITEM);

    @Property
    void everyComposedVietnameseCodeIsAccepted(@ForAll("codes") String code) {
        assertTrue(ITEM.matcher(Normalizer.normalize(code, Normalizer.Form.NFC)).matches(), code);
    }

    @Property
    void aDecomposedSpellingIsRefusedSoThatNoCodeHasTwo(@ForAll("codes") String code) {
        String composed = Normalizer.normalize(code, Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize(code, Normalizer.Form.NFD);
        assertEquals(composed.equals(decomposed), ITEM.matcher(decomposed).matches(), decomposed);
    }

    @Property
    void lettersOfOtherScriptsAndInvisibleMarksAreRefused(@ForAll("codes") String code, @ForAll("foreign") char foreign) {
        assertFalse(ITEM.matcher(code + foreign).matches(), code + foreign);
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withChars("ABCDĐEGHIKLMNOPQRSTUVXYaăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ0123456789")
                .ofMinLength(1).ofMaxLength(20);
    }

    @Provide
    Arbitrary<Character> foreign() {
        // Greek, Cyrillic, Hebrew, Arabic, a combining mark, a right-to-left mark, a zero-width space, the multiplication sign.
        return Arbitraries.of('α', 'Ж', 'א', 'م', '\u0301', '\u200F', '\u200B', '×', '÷');
    }
}
