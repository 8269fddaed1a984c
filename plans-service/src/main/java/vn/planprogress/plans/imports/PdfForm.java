package vn.planprogress.plans.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A born-digital PDF's text layer, page by page, in the order it was written (a two-column header comes
 * out column by column, as the seed document's text shows); page-number lines are left out.
 */
final class PdfForm {

    /** Fewer letters than this on all pages together is a scan, not a text PDF. */
    private static final int MIN_LETTERS = 20;

    /** A line that starts this far right of the margin is a paragraph's first line (points). */
    private static final float INDENT = 8;

    private PdfForm() {
    }

    /** The left margin: the leftmost place where several lines of the page start (a centred line starts anywhere). */
    private static Float margin(List<Float> starts) {
        java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
        starts.stream().filter(java.util.Objects::nonNull).forEach(x -> counts.merge(Math.round(x), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).map(e -> (float) e.getKey()).findFirst().orElse(null);
    }

    /** The text stripper that marks where each line starts on the page, before the line's text. */
    private static final class LineStarts extends PDFTextStripper {

        static final Pattern MARK = Pattern.compile("^\uE000(\\d+)\uE001");
        private boolean atStart = true;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (atStart && !positions.isEmpty()) {
                output.write("\uE000" + Math.round(positions.get(0).getXDirAdj()) + "\uE001");
            }
            atStart = false;
            super.writeString(text, positions);
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            atStart = true;
            super.writeLineSeparator();
        }
    }

    static SourceDocument read(byte[] body) {
        BodyKind kind = BodyKind.of(body);
        if (kind != BodyKind.PDF) {
            throw new ImportRefused(ImportRefused.Reason.TYPE_MISMATCH, "the body is " + kind.description() + ", not a PDF");
        }
        try (PDDocument document = Loader.loadPDF(body)) {
            // An owner password only restricts printing or copying; the text is there to read.
            LineStarts stripper = new LineStarts();
            stripper.setLineSeparator("\n");
            List<SourceDocument.Block> lines = new ArrayList<>();
            int letters = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String[] pageLines = stripper.getText(document).split("\n", -1);
                List<Float> starts = new ArrayList<>();
                for (int i = 0; i < pageLines.length; i++) {
                    Matcher mark = LineStarts.MARK.matcher(pageLines[i]);
                    starts.add(mark.find() ? Float.valueOf(mark.group(1)) : null);
                    pageLines[i] = mark.replaceFirst("");
                }
                Float margin = margin(starts);
                for (int i = 0; i < pageLines.length; i++) {
                    String text = pageLines[i];
                    letters += (int) text.chars().filter(Character::isLetter).count();
                    Float x = starts.get(i);
                    Boolean indented = x == null || margin == null ? null : x > margin + INDENT;
                    if (!TextForm.PAGE_NUMBER.matcher(text).matches()) {
                        lines.add(new SourceDocument.Line(text, SourceRef.pageLine(page, i + 1), false, indented));
                    }
                }
            }
            if (letters < MIN_LETTERS) {
                throw new ImportRefused(ImportRefused.Reason.NO_TEXT_LAYER,
                        "this PDF has no text (a scan of " + document.getNumberOfPages() + " page(s)); send the Word file or a text PDF");
            }
            StringBuilder all = new StringBuilder();
            lines.forEach(line -> all.append(((SourceDocument.Line) line).text()).append('\n'));
            LegacyEncoding.of(all).ifPresent(encoding -> {
                throw LegacyEncoding.refusal(encoding);
            });
            return new SourceDocument(lines);
        } catch (InvalidPasswordException e) {
            throw new ImportRefused(ImportRefused.Reason.ENCRYPTED,
                    "this PDF is password-protected: send it without the password, or the Word file", e);
        } catch (IOException e) {
            throw new ImportRefused(ImportRefused.Reason.UNREADABLE, "this PDF cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
