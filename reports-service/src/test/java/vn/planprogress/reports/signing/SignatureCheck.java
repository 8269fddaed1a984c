package vn.planprogress.reports.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Verifies a PDF's signatures as a relying party would, with PDFBox and BouncyCastle and nothing of
 * ours: each CMS over its byte range, with the certificate it carries.
 */
public final class SignatureCheck {

    /** What one signature says and whether it holds. */
    public record Verdict(String name, String reason, String subFilter, boolean valid, boolean coversWholeFile,
                          boolean signingCertificateV2, boolean signingTimeAttribute, X509Certificate certificate) {
    }

    private SignatureCheck() {
    }

    public static List<Verdict> verify(byte[] pdf) {
        List<Verdict> verdicts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                int[] range = signature.getByteRange();
                boolean whole = range[0] == 0 && range[2] + range[3] == pdf.length;
                byte[] signedContent = signature.getSignedContent(pdf);
                // The Contents string is padded with zeros after the CMS: read its one DER object.
                ContentInfo info;
                try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
                    info = ContentInfo.getInstance(in.readObject());
                }
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), info);
                SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> holders = cms.getCertificates().getMatches(signer.getSID());
                X509CertificateHolder holder = holders.iterator().next();
                boolean valid;
                try {
                    valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
                } catch (Exception e) {
                    valid = false;
                }
                verdicts.add(new Verdict(signature.getName(), signature.getReason(), signature.getSubFilter(), valid, whole,
                        signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null,
                        signer.getSignedAttributes().get(CMSAttributes.signingTime) != null,
                        new JcaX509CertificateConverter().getCertificate(holder)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("The signatures could not be read", e);
        }
        return verdicts;
    }
}
