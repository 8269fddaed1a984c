package vn.planprogress.plans.imports;

import java.util.Collection;
import vn.planprogress.plans.api.UnitDocument;

/**
 * Turns a plan's own document (a Word file, a born-digital PDF's text layer, or UTF-8 text) into a draft
 * plan and the findings of what could not be read. Plain code without I/O or HTTP; a document it will
 * not read is refused with an {@link ImportRefused} that names why.
 */
public final class PlanImporter {

    private PlanImporter() {
    }

    /**
     * @param body the document's bytes
     * @param contentType the media type it was sent with
     * @param directory the units as they stand, against which the document's unit names are resolved
     */
    public static ImportedPlan read(byte[] body, String contentType, Collection<UnitDocument> directory) {
        DocumentForm form = DocumentForm.of(contentType);
        if (body == null || body.length == 0) {
            throw new ImportRefused(ImportRefused.Reason.EMPTY_BODY, "the body is empty: send the plan's document");
        }
        SourceDocument source = switch (form) {
            case TEXT -> TextForm.read(body);
            case DOCX -> DocxForm.read(body);
            case PDF -> PdfForm.read(body);
        };
        return new PlanReader(new UnitNames(directory)).read(form, source);
    }
}
