package vn.planprogress.reports.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;

/** PKCS#12 keystores as an organisation would be given them, with a password and a validity of their own. */
public final class Keystores {

    private Keystores() {
    }

    public static void write(Path file, String password, String organisation, Instant from, Duration validity) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(DevelopmentKeystore.create(organisation, from, validity)),
                    DevelopmentKeystore.PASSWORD.toCharArray());
            KeyStore renamed = KeyStore.getInstance("PKCS12");
            renamed.load(null, null);
            for (String alias : Collections.list(store.aliases())) {
                renamed.setKeyEntry(alias, store.getKey(alias, DevelopmentKeystore.PASSWORD.toCharArray()), password.toCharArray(),
                        store.getCertificateChain(alias));
            }
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                renamed.store(out, password.toCharArray());
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The test keystore could not be written", e);
        }
    }
}
