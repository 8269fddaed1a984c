package vn.planprogress.reports.rest;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.SeedScenario;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.signing.Keystores;
import vn.planprogress.reports.signing.SignatureCheck;

/**
 * Signing with the organisation's keystore from configuration: a keystore that is missing, opens with
 * another password or holds an expired certificate leaves the service running and signing answering
 * 503 with the setting to fix; the right one signs.
 */
@QuarkusTest
@TestProfile(SigningKeystoreTests.OrganisationKeystore.class)
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class SigningKeystoreTests {

    static final Path KEYSTORE = Path.of("target/signing-tests/organisation.p12").toAbsolutePath();
    static final String PASSWORD = "ky-so-2022";
    /** The test clock's day: 12/11/2022. */
    private static final Instant NOW = Instant.parse("2022-11-12T03:00:00Z");

    public static class OrganisationKeystore implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("planprogress.reports.signing.keystore", KEYSTORE.toString(), "planprogress.reports.signing.password", PASSWORD);
        }
    }

    @Inject
    ReportFixtures fixtures;

    private String signatures;

    @BeforeEach
    void aSnapshot() throws Exception {
        fixtures.reset();
        SeedScenario.record();
        Files.deleteIfExists(KEYSTORE);
        String id = as(DevTokens.planner()).body(Map.of("period", "2022")).post("/api/v1/reports/plans/" + ServicesStub.SEED_PLAN_ID
                + "/snapshots").then().statusCode(201).extract().path("id");
        signatures = "/api/v1/reports/snapshots/" + id + "/signatures";
    }

    @Test
    void aMissingKeystoreIsNamed() {
        assertRefused("SIGNING_KEYSTORE_PATH names " + KEYSTORE + ", which does not exist");
    }

    @Test
    void aKeystoreOfAnotherPasswordIsNamed() {
        Keystores.write(KEYSTORE, "another", "Sở Khoa học và Công nghệ", NOW.minus(Duration.ofDays(30)), Duration.ofDays(365));
        assertRefused("SIGNING_KEYSTORE_PASSWORD does not open the keystore at SIGNING_KEYSTORE_PATH=" + KEYSTORE);
    }

    @Test
    void anExpiredCertificateIsNamed() {
        Keystores.write(KEYSTORE, PASSWORD, "Sở Khoa học và Công nghệ", NOW.minus(Duration.ofDays(400)), Duration.ofDays(365));
        assertRefused("is valid from");
    }

    @Test
    void theOrganisationsKeystoreSigns() {
        Keystores.write(KEYSTORE, PASSWORD, "Sở Khoa học và Công nghệ", NOW.minus(Duration.ofDays(30)), Duration.ofDays(365));

        as(DevTokens.leader()).post(signatures).then().statusCode(201)
                .body("certificateSubject", is("C=VN,O=Sở Khoa học và Công nghệ,CN=Development signing key (not for official use)"));

        byte[] signed = RestAssured.given().auth().oauth2(DevTokens.viewer()).queryParam("format", "pdf").queryParam("signed", true)
                .get(signatures.replace("/signatures", "")).then().statusCode(200).extract().asByteArray();
        List<SignatureCheck.Verdict> verdicts = SignatureCheck.verify(signed);
        assertTrue(verdicts.get(0).valid());
        assertTrue(verdicts.get(0).certificate().getSubjectX500Principal().getName().contains("O=Sở Khoa học và Công nghệ"));
    }

    private void assertRefused(String fix) {
        Map<String, Long> before = fixtures.rowCounts();
        Map<String, Object> problem = Problems.assertProblem(as(DevTokens.leader()).post(signatures), 503);
        assertEquals("urn:planprogress:problem:signing-unavailable", problem.get("type"));
        assertTrue(String.valueOf(problem.get("detail")).contains(fix), problem::toString);
        assertEquals(before, fixtures.rowCounts(), "nothing was signed");
        RestAssured.given().auth().oauth2(DevTokens.viewer()).get(signatures).then().statusCode(200).body("size()", is(0));
    }
}
