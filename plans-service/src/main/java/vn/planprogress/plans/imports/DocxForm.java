package vn.planprogress.plans.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document's body in order: its paragraphs (with the labels of Word's own numbering written out,
 * "1.", "a)", "-") and its tables, cells placed on the table's grid.
 */
final class DocxForm {

    /** Any part of a real plan inflates less than this; a zip bomb inflates far more. */
    private static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;
    private static final double MIN_INFLATE_RATIO = 0.01;

    static {
        // POI's limits are process-wide; the plans service reads Word files only here.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    private DocxForm() {
    }

    static SourceDocument read(byte[] body) {
        BodyKind kind = BodyKind.of(body);
        if (kind == BodyKind.OLE2) {
            throw oleRefusal(body);
        }
        if (kind != BodyKind.ZIP) {
            throw new ImportRefused(ImportRefused.Reason.TYPE_MISMATCH, "the body is " + kind.description() + ", not a Word (.docx) document");
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(body)); XWPFDocument document = new XWPFDocument(pkg)) {
            SourceDocument source = new Reader(document).read();
            StringBuilder all = new StringBuilder();
            source.blocks().forEach(block -> {
                if (block instanceof SourceDocument.Line line) {
                    all.append(line.text()).append('\n');
                }
            });
            LegacyEncoding.of(all).ifPresent(encoding -> {
                throw LegacyEncoding.refusal(encoding);
            });
            return source;
        } catch (ImportRefused e) {
            throw e;
        } catch (Exception e) {
            if (isZipBomb(e)) {
                throw new ImportRefused(ImportRefused.Reason.ZIP_BOMB, "this Word file inflates far beyond any real document "
                        + "(more than " + MAX_ENTRY_SIZE / (1024 * 1024) + " MB in one part, or over 100 times its packed size): it is not read", e);
            }
            throw new ImportRefused(ImportRefused.Reason.UNREADABLE, "this is not a Word document that can be read (" + e.getMessage() + ")", e);
        }
    }

    private static ImportRefused oleRefusal(byte[] body) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(body))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return new ImportRefused(ImportRefused.Reason.ENCRYPTED,
                        "this Word file is password-protected: save it without the password and send it again");
            }
        } catch (IOException e) {
            return new ImportRefused(ImportRefused.Reason.UNREADABLE, "this file cannot be read (" + e.getMessage() + ")", e);
        }
        return new ImportRefused(ImportRefused.Reason.TYPE_MISMATCH,
                "this is a Word 97-2003 (.doc) file, not .docx: save it as a Word document (.docx) and send it again");
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static final class Reader {

        private final XWPFDocument document;
        private final List<SourceDocument.Block> blocks = new ArrayList<>();
        private final Map<BigInteger, int[]> counters = new HashMap<>();
        private int paragraphs;
        private int tables;

        Reader(XWPFDocument document) {
            this.document = document;
        }

        SourceDocument read() {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(paragraph);
                } else if (element instanceof XWPFTable table) {
                    table(table);
                }
            }
            return new SourceDocument(blocks);
        }

        private void paragraph(XWPFParagraph paragraph) {
            paragraphs++;
            String[] pieces = (label(paragraph) + paragraph.getText()).split("\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                blocks.add(new SourceDocument.Line(pieces[i], SourceRef.paragraph(paragraphs), i == pieces.length - 1));
            }
        }

        private void table(XWPFTable table) {
            tables++;
            List<SourceDocument.Row> rows = new ArrayList<>();
            for (int r = 0; r < table.getRows().size(); r++) {
                XWPFTableRow row = table.getRows().get(r);
                List<SourceDocument.Cell> cells = new ArrayList<>();
                int column = 0;
                for (XWPFTableCell cell : row.getTableCells()) {
                    List<String> texts = new ArrayList<>();
                    for (XWPFParagraph paragraph : cell.getParagraphs()) {
                        for (String piece : (label(paragraph) + paragraph.getText()).split("\n")) {
                            texts.add(piece);
                        }
                    }
                    CTTcPr properties = cell.getCTTc().getTcPr();
                    int span = properties != null && properties.getGridSpan() != null
                            ? properties.getGridSpan().getVal().intValue() : 1;
                    boolean continued = properties != null && properties.getVMerge() != null
                            && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
                    cells.add(new SourceDocument.Cell(texts, column, span, continued));
                    column += span;
                }
                rows.add(new SourceDocument.Row(r + 1, cells));
            }
            blocks.add(new SourceDocument.Table(tables, rows));
        }

        /** The label Word's numbering shows before the paragraph, which is not in its text. */
        private String label(XWPFParagraph paragraph) {
            BigInteger numId = paragraph.getNumID();
            if (numId == null || paragraph.getNumFmt() == null) {
                return "";
            }
            int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
            String format = paragraph.getNumFmt();
            if (format.equals("bullet")) {
                return "- ";
            }
            int[] count = counters.computeIfAbsent(numId, id -> new int[9]);
            count[level]++;
            for (int deeper = level + 1; deeper < count.length; deeper++) {
                count[deeper] = 0;
            }
            String text = paragraph.getNumLevelText() == null ? "%" + (level + 1) + "." : paragraph.getNumLevelText();
            for (int l = 0; l <= level; l++) {
                text = text.replace("%" + (l + 1), l == level ? format(count[l], format) : String.valueOf(Math.max(count[l], 1)));
            }
            return text + " ";
        }

        private static String format(int n, String format) {
            return switch (format) {
                case "upperRoman" -> roman(n);
                case "lowerRoman" -> roman(n).toLowerCase();
                case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
                case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
                default -> String.valueOf(n);
            };
        }

        private static String roman(int n) {
            String[] symbols = {"X", "IX", "V", "IV", "I"};
            int[] values = {10, 9, 5, 4, 1};
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                while (n >= values[i]) {
                    out.append(symbols[i]);
                    n -= values[i];
                }
            }
            return out.toString();
        }
    }
}
