package vn.planprogress.reports.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import vn.planprogress.reports.api.Report;
import vn.planprogress.common.time.BusinessTime;
import vn.planprogress.reports.export.OfficialText;

/**
 * The documents' code as a later version might word them (a test profile selects it): "BÁO CÁO"
 * becomes "BÁO CÁO TỔNG HỢP", "Kế hoạch" becomes "KH" in the text, the CSV's labels likewise.
 */
@Alternative
@Singleton
public class RewordedRenderer extends SnapshotRenderer {

    public RewordedRenderer(ObjectMapper json, BusinessTime time) {
        super(json, time);
    }

    @Override
    protected OfficialText text(Report report) {
        return super.text(report).reworded(text -> text.replace("BÁO CÁO", "BÁO CÁO TỔNG HỢP").replace("Kế hoạch", "KH"));
    }

    @Override
    protected byte[] csv(Report report) {
        return new String(super.csv(report), StandardCharsets.UTF_8).replace("Kế hoạch", "KH").getBytes(StandardCharsets.UTF_8);
    }
}
