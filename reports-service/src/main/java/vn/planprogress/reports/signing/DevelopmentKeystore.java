package vn.planprogress.reports.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A development signing keystore: a new RSA key and a self-signed certificate in a PKCS#12
 * keystore, made when the service starts without one configured. For tests and local trials only:
 * nobody trusts it, and the production profile refuses it unless told otherwise.
 */
public final class DevelopmentKeystore {

    public static final String PASSWORD = "development";
    public static final String SUBJECT = "Development signing key (not for official use)";

    private DevelopmentKeystore() {
    }

    /** A PKCS#12 keystore (password {@link #PASSWORD}) valid from {@code from} for {@code validity}. */
    public static byte[] create(String organisation, Instant from, Duration validity) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, SUBJECT).addRDN(BCStyle.O, organisation)
                    .addRDN(BCStyle.C, "VN").build();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                    Date.from(from), Date.from(from.plus(validity)), name, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signing", pair.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, PASSWORD.toCharArray());
            return out.toByteArray();
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("The development signing keystore could not be made", e);
        }
    }
}
