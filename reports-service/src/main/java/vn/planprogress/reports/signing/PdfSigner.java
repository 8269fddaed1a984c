package vn.planprogress.reports.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Ký số: signs a PDF as PAdES baseline B-B, an incremental update that leaves everything signed
 * before it as it was (so that a second signer keeps the first signature valid). The signature is
 * a detached CMS (SubFilter ETSI.CAdES.detached) over the document's byte range, with the ESS
 * signing-certificate-v2 attribute binding the signer's certificate and, as PAdES wants, no
 * signing-time attribute: the time is the signature dictionary's M.
 */
public final class PdfSigner {

    public static final String REASON = "Ký số báo cáo";
    public static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    /** Room for the CMS in the document, in bytes: an RSA-4096 signature and a chain of a few certificates. */
    private static final int SIGNATURE_SIZE = 16 * 1024;
    /** PDF annotation flags: printed, and locked against change. */
    private static final int PRINT_AND_LOCKED = 4 | 128;

    private PdfSigner() {
    }

    /** Who signs, and when and where. */
    public record Signing(String signerName, String location, Instant at) {
    }

    public static byte[] sign(byte[] pdf, OrganisationKey key, Signing signing) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(CADES_DETACHED);
            signature.setName(signing.signerName());
            signature.setReason(REASON);
            signature.setLocation(signing.location());
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            when.setTimeInMillis(signing.at().toEpochMilli() / 1000 * 1000);
            signature.setSignDate(when);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                document.addSignature(signature, options);
                printable(document, signature);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                external.setSignature(cms(external.getContent(), key));
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be signed", e);
        }
    }

    /** PDF/A wants every annotation printed, the invisible signature's widget too. */
    private static void printable(PDDocument document, PDSignature signature) throws IOException {
        List<PDSignatureField> fields = document.getSignatureFields();
        for (PDSignatureField field : fields) {
            if (field.getSignature() != null && field.getSignature().getCOSObject() == signature.getCOSObject()) {
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    widget.setAnnotationFlags(PRINT_AND_LOCKED);
                }
            }
        }
    }

    /** The detached CMS SignedData over {@code content}: SHA-256 with RSA, signing-certificate-v2, the certificate chain. */
    static byte[] cms(InputStream content, OrganisationKey key) throws IOException {
        try {
            byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(
                    new GeneralNames(new GeneralName(X500Name.getInstance(key.certificate().getIssuerX500Principal().getEncoded()))),
                    key.certificate().getSerialNumber());
            ESSCertIDv2 certificateId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certificateHash, issuerSerial);
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certificateId}))));
            DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            CMSAttributeTableGenerator withoutSigningTime = parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
            SignerInfoGenerator signer = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(withoutSigningTime)
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signer);
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("The CMS signature could not be made", e);
        }
    }
}
