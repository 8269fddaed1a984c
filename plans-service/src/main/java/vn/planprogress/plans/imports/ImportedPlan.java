package vn.planprogress.plans.imports;

import java.util.List;
import vn.planprogress.plans.api.PlanDocument;

/**
 * What reading a plan's document gives: the draft plan, the header as written (which the plan document
 * does not keep whole), and the findings, each with its source and what the planner should do.
 */
public record ImportedPlan(DocumentForm form, PlanDocument draft, DocumentHeader header, List<Finding> findings) {

    /**
     * The header pair and number as the document writes them (Nghị định 30/2020 layout).
     *
     * @param parentBody the issuing body's parent, first header line ("UBND TỈNH QUẢNG NGÃI")
     * @param issuingBody the issuing body ("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
     * @param motto whether the national motto (Quốc hiệu, Tiêu ngữ) is there
     * @param kind the document kind line ("KẾ HOẠCH")
     * @param sequence the number before the symbol ("112" of 112/KH-SNV), null while blank
     * @param symbol the symbol ("KH-SNV")
     */
    public record DocumentHeader(String parentBody, String issuingBody, boolean motto, String kind, Integer sequence,
            String symbol) {
    }
}
