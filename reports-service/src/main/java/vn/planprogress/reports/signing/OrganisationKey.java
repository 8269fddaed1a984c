package vn.planprogress.reports.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The organisation's signing key (khóa ký số của cơ quan): a private key and its certificate chain,
 * read from a PKCS#12 keystore.
 */
public record OrganisationKey(PrivateKey privateKey, List<X509Certificate> chain) {

    /** Why a keystore could not be used, in words that say what to fix. */
    public static class Unusable extends Exception {

        public Unusable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Whether the certificate is valid at {@code at}; a key is never used outside its certificate's validity. */
    public boolean validAt(Instant at) {
        return !at.isBefore(certificate().getNotBefore().toInstant()) && !at.isAfter(certificate().getNotAfter().toInstant());
    }

    /**
     * The first key entry of the keystore (or the one named {@code alias}).
     *
     * @throws Unusable when the bytes are not a PKCS#12 keystore, the password is wrong, or it holds no key with a certificate
     */
    public static OrganisationKey load(byte[] pkcs12, char[] password, String alias) throws Unusable {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
        } catch (IOException e) {
            // PKCS#12 reports a wrong password as an IOException whose cause is an UnrecoverableKeyException.
            throw new Unusable("the keystore cannot be opened: the password is wrong or the file is not PKCS#12 (" + e.getMessage() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new Unusable("the keystore cannot be read: " + e.getMessage(), e);
        }
        try {
            for (String name : alias == null || alias.isBlank() ? Collections.list(store.aliases()) : List.of(alias)) {
                if (store.isKeyEntry(name) && store.getKey(name, password) instanceof PrivateKey key) {
                    Certificate[] chain = store.getCertificateChain(name);
                    if (chain != null && chain.length > 0) {
                        return new OrganisationKey(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
                    }
                }
            }
        } catch (GeneralSecurityException e) {
            throw new Unusable("the key cannot be read with this password: " + e.getMessage(), e);
        }
        throw new Unusable("the keystore holds no private key with its certificate" + (alias == null || alias.isBlank() ? "" : " under the alias " + alias),
                null);
    }
}
