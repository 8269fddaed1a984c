package vn.planprogress.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Security settings shared by every service, under {@code planprogress.security}. */
@ConfigMapping(prefix = "planprogress.security")
public interface SecuritySettings {

    /** The token claim that holds a reporter's unit code. */
    @WithDefault("unit")
    String unitClaim();

    /**
     * Whether the production profile may start with the development verification key that ships
     * in this repository. Only the local run sets it; a real deployment configures its own key.
     */
    @WithDefault("false")
    boolean allowDevelopmentKey();
}
