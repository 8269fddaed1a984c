package vn.planprogress.localrun;

/** The four services of the system, with their module, default port and database schema. */
public enum Service {
    PLANS("plans-service", 8081, "plans"),
    PROGRESS("progress-service", 8082, "progress"),
    REPORTS("reports-service", 8083, "reports"),
    GATEWAY("gateway", 8080, null);

    private final String module;
    private final int defaultPort;
    private final String schema;

    Service(String module, int defaultPort, String schema) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.schema = schema;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /**
     * Whether the service starts once the data services it reads on its own are ready (as in
     * docker-compose.yml): the reports service's first scheduled run would otherwise meet them
     * starting, and the gateway is ready only when all three are.
     */
    public boolean startsAfterTheOthers() {
        return this == REPORTS || this == GATEWAY;
    }

    /** The schema (and database role) the service owns; null for the gateway, which has none. */
    public String schema() {
        return schema;
    }
}
