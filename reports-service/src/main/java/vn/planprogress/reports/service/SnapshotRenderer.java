package vn.planprogress.reports.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.planprogress.common.time.BusinessTime;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.Snapshot;
import vn.planprogress.reports.domain.DocumentFormat;
import vn.planprogress.reports.domain.SnapshotDocument;
import vn.planprogress.reports.export.CsvExport;
import vn.planprogress.reports.export.OfficialReport;
import vn.planprogress.reports.export.OfficialText;
import vn.planprogress.reports.export.PdfReport;

/**
 * Renders a snapshot's documents, once, when it is taken (or, for snapshots taken before they were
 * stored, by the migration): the JSON exactly as the API serves it, the CSV, the DOCX and the PDF.
 * What is rendered here is what every later download returns, whatever this code becomes.
 */
@ApplicationScoped
public class SnapshotRenderer {

    private final ObjectMapper json;
    private final BusinessTime time;

    @Inject
    public SnapshotRenderer(ObjectMapper json, BusinessTime time) {
        this.json = json;
        this.time = time;
    }

    public List<SnapshotDocument> render(Snapshot snapshot) {
        OfficialText text = text(snapshot.report());
        return List.of(
                SnapshotDocument.of(snapshot.id(), DocumentFormat.JSON, json(snapshot), snapshot.createdAt()),
                SnapshotDocument.of(snapshot.id(), DocumentFormat.CSV, csv(snapshot.report()), snapshot.createdAt()),
                SnapshotDocument.of(snapshot.id(), DocumentFormat.DOCX, OfficialReport.render(text, snapshot.createdAt(), time.zone()), snapshot.createdAt()),
                SnapshotDocument.of(snapshot.id(), DocumentFormat.PDF,
                        PdfReport.render(text, snapshot.report().document().issuer().name(), snapshot.createdAt(), time.zone()),
                        snapshot.createdAt()));
    }

    /** What the official documents say; a test wording replaces it. */
    protected OfficialText text(Report report) {
        return OfficialText.of(report, time.zone());
    }

    protected byte[] csv(Report report) {
        return CsvExport.render(report, time.zone());
    }

    private byte[] json(Snapshot snapshot) {
        try {
            return json.writeValueAsBytes(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Snapshot " + snapshot.id() + " could not be written as JSON", e);
        }
    }
}
