package vn.planprogress.plans.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A plan's text: UTF-8, lines broken where its page was full, pages perhaps split by form feeds. */
final class TextForm {

    /** A line that is only a page number: "3", "- 3 -", "Trang 3", "3/12". */
    static final Pattern PAGE_NUMBER = Pattern.compile("\\s*(-\\s*)?(Trang\\s+)?\\d{1,3}(\\s*/\\s*\\d{1,3})?(\\s*-)?\\s*");

    private TextForm() {
    }

    static SourceDocument read(byte[] body) {
        BodyKind kind = BodyKind.of(body);
        if (kind != BodyKind.OTHER) {
            throw new ImportRefused(ImportRefused.Reason.TYPE_MISMATCH, "the body is " + kind.description()
                    + ", not text: send it with its own media type");
        }
        String text = decode(body);
        LegacyEncoding.of(text).ifPresent(encoding -> {
            throw LegacyEncoding.refusal(encoding);
        });
        List<SourceDocument.Block> lines = new ArrayList<>();
        String[] all = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < all.length; i++) {
            for (String piece : all[i].split("\f", -1)) {
                if (!PAGE_NUMBER.matcher(piece).matches()) {
                    lines.add(new SourceDocument.Line(piece, SourceRef.line(i + 1), false));
                }
            }
        }
        return new SourceDocument(lines);
    }

    private static String decode(byte[] body) {
        int start = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
                || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE)) {
            throw new ImportRefused(ImportRefused.Reason.NOT_UTF8, "the text is UTF-16; send it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, start, body.length - start);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // Pre-Unicode Vietnamese is 8-bit: name it rather than call it broken UTF-8.
            LegacyEncoding.of(new String(body, StandardCharsets.ISO_8859_1)).ifPresent(encoding -> {
                throw LegacyEncoding.refusal(encoding);
            });
            throw new ImportRefused(ImportRefused.Reason.NOT_UTF8, "the text is not valid UTF-8 (byte "
                    + in.position() + " starts a malformed sequence): save it as UTF-8 and send it again");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.indexOf('\u0000') >= 0) {
            throw new ImportRefused(ImportRefused.Reason.NOT_UTF8, "the text has NUL characters, as UTF-16 has: send it as UTF-8");
        }
        return text;
    }
}
