package vn.planprogress.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.reports.api.Snapshot;
import vn.planprogress.reports.config.ReportsSettings;
import vn.planprogress.reports.export.CsvExport;
import vn.planprogress.reports.export.OfficialReport;

/** A snapshot in the format asked for (format= first, then Accept): its JSON, its CSV or its official document. */
@ApplicationScoped
public class SnapshotExports {

    public static final String CSV = CsvExport.MEDIA_TYPE;
    public static final String DOCX = OfficialReport.MEDIA_TYPE;
    private static final Map<String, String> FORMATS = Map.of("json", MediaType.APPLICATION_JSON, "csv", CSV, "docx", DOCX);

    @Inject
    SnapshotService snapshots;

    @Inject
    ReportsSettings settings;

    public Response export(UUID id, String format, List<MediaType> acceptable) {
        String type = format == null || format.isBlank() ? negotiated(acceptable) : named(format);
        Snapshot snapshot = snapshots.get(id);
        return switch (type) {
            case CSV -> download(CsvExport.render(snapshot.report()), CSV + "; charset=UTF-8", snapshot, "csv");
            case DOCX -> download(OfficialReport.render(vn.planprogress.reports.export.OfficialText.of(snapshot.report(), settings.businessZone())), DOCX, snapshot, "docx");
            default -> Response.ok(snapshot, MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    private static String named(String format) {
        String type = FORMATS.get(format.trim().toLowerCase(Locale.ROOT));
        if (type == null) {
            throw ProblemException.invalid("format", "'" + format + "' is not a format of snapshots; use json, csv or docx");
        }
        return type;
    }

    /** The first of the caller's acceptable types (by preference) that a snapshot comes in; JSON for a wildcard. */
    private static String negotiated(List<MediaType> acceptable) {
        for (MediaType wanted : acceptable) {
            for (String offered : List.of(MediaType.APPLICATION_JSON, CSV, DOCX)) {
                if (wanted.isCompatible(MediaType.valueOf(offered))) {
                    return offered;
                }
            }
        }
        return MediaType.APPLICATION_JSON;
    }

    private static Response download(byte[] body, String type, Snapshot snapshot, String extension) {
        String name = "bao-cao-" + snapshot.planNumber().replaceAll("[^A-Za-z0-9]+", "-") + "-"
                + (snapshot.period() == null ? "ca-nam" : snapshot.period()) + "-" + snapshot.id().toString().substring(0, 8)
                + "." + extension;
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
