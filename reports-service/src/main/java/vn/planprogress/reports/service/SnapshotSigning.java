package vn.planprogress.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.reports.api.ReportSignature;
import vn.planprogress.reports.domain.DocumentFormat;
import vn.planprogress.reports.domain.SnapshotSignature;
import vn.planprogress.reports.domain.StoredBytes;
import vn.planprogress.reports.mapping.SnapshotMapper;
import vn.planprogress.reports.repository.SnapshotRepository;
import vn.planprogress.reports.signing.OrganisationKey;
import vn.planprogress.reports.signing.PdfSigner;

/**
 * Ký số báo cáo: a leader signs a snapshot's stored PDF with the organisation's key. The first
 * signature signs the PDF rendered when the snapshot was taken; each later one, by another signer,
 * is an incremental update of the PDF signed before it, which keeps the earlier signatures valid.
 * Nothing is ever re-signed or replaced: every signed PDF is kept.
 */
@ApplicationScoped
public class SnapshotSigning {

    private final SnapshotRepository snapshots;
    private final SnapshotDocuments documents;
    private final SigningKeys keys;
    private final Clock clock;

    @Inject
    public SnapshotSigning(SnapshotRepository snapshots, SnapshotDocuments documents, SigningKeys keys, Clock clock) {
        this.snapshots = snapshots;
        this.documents = documents;
        this.keys = keys;
        this.clock = clock;
    }

    @Transactional
    public ReportSignature sign(UUID snapshotId, String signer, String signerName) {
        if (!snapshots.lock(snapshotId)) {
            throw ProblemException.notFound("report snapshot", snapshotId);
        }
        List<SnapshotSignature> before = snapshots.signatures(snapshotId);
        before.stream().filter(s -> s.signer.equals(signer)).findFirst().ifPresent(s -> {
            throw ProblemException.conflict(signer + " signed this snapshot's PDF already (signature " + s.sequence + ", at " + s.signedAt
                    + "); a signed document is never signed again by the same signer");
        });
        OrganisationKey key = keys.current();
        byte[] unsigned = before.isEmpty()
                ? documents.intact(snapshotId, DocumentFormat.PDF).content
                : documents.intact(before.get(before.size() - 1)).content;
        SnapshotSignature signature = new SnapshotSignature();
        signature.snapshotId = snapshotId;
        signature.sequence = before.size() + 1;
        signature.signer = signer;
        signature.signerName = signerName;
        signature.reason = PdfSigner.REASON;
        signature.signedAt = clock.instant();
        signature.certificateSubject = key.certificate().getSubjectX500Principal().getName();
        signature.content = PdfSigner.sign(unsigned, key, new PdfSigner.Signing(signerName, null, signature.signedAt));
        signature.sha256 = StoredBytes.sha256(signature.content);
        snapshots.keep(signature);
        return SnapshotMapper.toSignature(signature);
    }

    @Transactional
    public List<ReportSignature> list(UUID snapshotId) {
        if (snapshots.findByIdOptional(snapshotId).isEmpty()) {
            throw ProblemException.notFound("report snapshot", snapshotId);
        }
        return snapshots.signatures(snapshotId).stream().map(SnapshotMapper::toSignature).toList();
    }
}
