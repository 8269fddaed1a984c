package vn.planprogress.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the token's subject, roles and, for reporters, the unit they report for. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final SecuritySettings settings;

    @Inject
    public Caller(SecurityIdentity identity, SecuritySettings settings) {
        this.identity = identity;
        this.settings = settings;
    }

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The caller's name as the token states it (its {@code name} claim), else its subject: what a signature names. */
    public String name() {
        Object claim = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("name") : null;
        return claim == null || claim.toString().isBlank() ? subject() : claim.toString().replace("\"", "");
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** Đơn vị báo cáo: the unit code in the token's unit claim, if any. */
    public Optional<String> unit() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(settings.unitClaim());
            return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", ""));
        }
        return Optional.empty();
    }
}
