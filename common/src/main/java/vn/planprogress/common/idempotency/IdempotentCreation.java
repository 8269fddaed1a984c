package vn.planprogress.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.security.Caller;

/**
 * Creating POSTs with an {@code Idempotency-Key}: a retry with the same key and body returns the
 * first response and creates nothing; the same key with another body is refused (422).
 *
 * <p>The key is claimed by inserting it into {@code idempotency_key} in the same transaction as the
 * creation. A concurrent retry's insert waits on the primary key until the first transaction ends,
 * then finds the stored response, so two replicas receiving the same retry still create one thing.
 */
@ApplicationScoped
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Caller caller;

    @Inject
    public IdempotentCreation(DataSource dataSource, ObjectMapper json, Caller caller) {
        this.dataSource = dataSource;
        this.json = json;
        this.caller = caller;
    }

    /**
     * Runs {@code creation} once per (operation, caller, key).
     *
     * @param operation names the creating operation, e.g. {@code POST /api/v1/plans}
     * @param key       the caller's Idempotency-Key header, or null to create without it
     * @param request   the request body, whose hash tells a retry from a different request
     */
    @Transactional
    public Response create(String operation, String key, Object request, Supplier<Created> creation) {
        if (key == null) {
            return toResponse(creation.get());
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1 to 200 visible ASCII characters, e.g. a UUID");
        }
        String hash = hashOf(request);
        String who = caller.subject();
        try (Connection connection = dataSource.getConnection()) {
            if (!claim(connection, operation, who, key, hash)) {
                return replay(connection, operation, who, key, hash);
            }
            Created created = creation.get();
            store(connection, operation, who, key, created);
            return toResponse(created);
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency record for key " + key + " could not be kept", e);
        }
    }

    private boolean claim(Connection connection, String operation, String who, String key, String hash)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into idempotency_key (operation, caller, key, request_hash)
                values (?, ?, ?, ?) on conflict do nothing""")) {
            insert.setString(1, operation);
            insert.setString(2, who);
            insert.setString(3, key);
            insert.setString(4, hash);
            return insert.executeUpdate() == 1;
        }
    }

    private Response replay(Connection connection, String operation, String who, String key, String hash)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select request_hash, status, location, etag, body from idempotency_key
                where operation = ? and caller = ? and key = ?""")) {
            select.setString(1, operation);
            select.setString(2, who);
            select.setString(3, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || row.getObject(2) == null) {
                    throw ProblemException.conflict("A request with this Idempotency-Key is still being processed; retry");
                }
                if (!row.getString(1).equals(hash)) {
                    throw ProblemException.unprocessable("This Idempotency-Key was used for a different request body; "
                            + "use a new key for a new request");
                }
                Response.ResponseBuilder response = Response.status(row.getInt(2))
                        .entity(row.getString(5))
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .header(REPLAYED_HEADER, "true");
                if (row.getString(3) != null) {
                    response.location(URI.create(row.getString(3)));
                }
                if (row.getString(4) != null) {
                    response.tag(row.getString(4));
                }
                return response.build();
            }
        }
    }

    private void store(Connection connection, String operation, String who, String key, Created created)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update idempotency_key set status = 201, location = ?, etag = ?, body = ?
                where operation = ? and caller = ? and key = ?""")) {
            update.setString(1, created.location().toString());
            update.setString(2, created.etag() == null ? null : created.etag().getValue());
            update.setString(3, json.writeValueAsString(created.body()));
            update.setString(4, operation);
            update.setString(5, who);
            update.setString(6, key);
            update.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response could not be kept for replay", e);
        }
    }

    private static Response toResponse(Created created) {
        Response.ResponseBuilder response = Response.created(created.location()).entity(created.body());
        EntityTag etag = created.etag();
        return etag == null ? response.build() : response.tag(etag).build();
    }

    private String hashOf(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Request could not be hashed", e);
        }
    }
}
