package vn.planprogress.plans.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.devsupport.Problems.assertInvalidField;
import static vn.planprogress.devsupport.Problems.assertProblem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.plans.PlanFixtures;

/** Units and their hierarchy: only admins change them, and a unit in use cannot go. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class UnitTests {

    @Inject
    PlanFixtures fixtures;

    @BeforeEach
    void units() {
        fixtures.resetWithUnits();
    }

    @Test
    void theDepartmentsDivisionsAreListedUnderIt() {
        as(DevTokens.viewer()).queryParam("parentCode", "SKHCN").queryParam("size", 3).get("/api/v1/units").then()
                .statusCode(200)
                .body("items.code", contains("CCTDC", "HCTH", "KHTC"))
                .body("totalItems", equalTo(8))
                .body("totalPages", equalTo(3));
        as(DevTokens.viewer()).queryParam("kind", "EXTERNAL").get("/api/v1/units").then()
                .body("items.code", contains("BAOQN", "PTTHQN"));
    }

    @Test
    void anAdminRenamesAUnitWithItsETag() {
        Response unit = as(DevTokens.viewer()).get("/api/v1/units/HCTH");
        Map<String, Object> renamed = Map.of("code", "HCTH", "name", "Văn phòng Sở", "parentCode", "SKHCN", "kind", "DIVISION");

        as(DevTokens.admin()).header("If-Match", unit.header("ETag")).body(renamed).put("/api/v1/units/HCTH").then()
                .statusCode(200).body("name", equalTo("Văn phòng Sở"));

        assertProblem(as(DevTokens.admin()).header("If-Match", unit.header("ETag")).body(renamed).put("/api/v1/units/HCTH"), 412);
    }

    @Test
    void onlyAdminsChangeUnits() {
        Map<String, Object> unit = Map.of("code", "PKT", "name", "Phòng Kỹ thuật", "parentCode", "SKHCN", "kind", "DIVISION");
        assertProblem(as(DevTokens.planner()).body(unit).post("/api/v1/units"), 403);
        assertProblem(as(DevTokens.reporter("HCTH")).body(unit).post("/api/v1/units"), 403);
        assertProblem(as(DevTokens.planner()).delete("/api/v1/units/KHTC"), 403);
        as(DevTokens.admin()).body(unit).post("/api/v1/units").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/units/PKT"));
    }

    @Test
    void aUnitThatAPlanUsesCannotBeDeleted() {
        PlanFixtures.createSamplePlan().then().statusCode(201);
        long before = fixtures.count("select count(*) from unit");

        Response refused = as(DevTokens.admin()).delete("/api/v1/units/QLTC");

        assertTrue(assertProblem(refused, 409).get("detail").toString().contains("KH-SKHCN"));
        assertEquals(before, fixtures.count("select count(*) from unit"));
    }

    @Test
    void aUnitWithUnitsUnderItCannotBeDeleted() {
        assertProblem(as(DevTokens.admin()).delete("/api/v1/units/SKHCN"), 409);
    }

    @Test
    void anUnusedUnitIsDeleted() {
        as(DevTokens.admin()).delete("/api/v1/units/PTTHQN").then().statusCode(204);
        assertProblem(as(DevTokens.viewer()).get("/api/v1/units/PTTHQN"), 404);
    }

    @Test
    void theHierarchyCannotLoop() {
        Response unit = as(DevTokens.viewer()).get("/api/v1/units/SKHCN");
        Map<String, Object> looped = Map.of("code", "SKHCN", "name", "Sở Khoa học và Công nghệ", "parentCode", "HCTH", "kind", "DEPARTMENT");

        Response refused = as(DevTokens.admin()).header("If-Match", unit.header("ETag")).body(looped).put("/api/v1/units/SKHCN");

        assertTrue(assertInvalidField(refused, "parentCode").contains("loop"));
    }

    @Test
    void badUnitsAreRefusedWithTheFieldNamed() {
        assertInvalidField(as(DevTokens.admin()).body(Map.of("code", "hcth lower", "name", "x", "kind", "DIVISION")).post("/api/v1/units"), "code");
        assertInvalidField(as(DevTokens.admin()).body(Map.of("code", "NEW", "name", "x", "kind", "PLANET")).post("/api/v1/units"), "kind");
        assertInvalidField(as(DevTokens.admin()).body(Map.of("code", "NEW", "name", "x", "kind", "DIVISION", "parentCode", "NOPE"))
                .post("/api/v1/units"), "parentCode");
        assertProblem(as(DevTokens.admin()).body(Map.of("code", "HCTH", "name", "x", "kind", "DIVISION")).post("/api/v1/units"), 409);
    }

    @Test
    void aUnitKeepsItsContactAddressesAndThePlansDigestGivesThem() {
        Response unit = as(DevTokens.viewer()).get("/api/v1/units/QLTC");
        Map<String, Object> withMail = Map.of("code", "QLTC", "name", "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng",
                "parentCode", "SKHCN", "kind", "DIVISION",
                "contactEmails", List.of("qltc@skhcn.quangngai.gov.vn", "truong.phong.qltc@skhcn.quangngai.gov.vn"));

        as(DevTokens.admin()).header("If-Match", unit.header("ETag")).body(withMail).put("/api/v1/units/QLTC").then()
                .statusCode(200).body("contactEmails", contains("qltc@skhcn.quangngai.gov.vn", "truong.phong.qltc@skhcn.quangngai.gov.vn"));
        as(DevTokens.viewer()).get("/api/v1/units/QLTC").then()
                .body("contactEmails", contains("qltc@skhcn.quangngai.gov.vn", "truong.phong.qltc@skhcn.quangngai.gov.vn"))
                .body("name", equalTo("Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng"));
        as(DevTokens.viewer()).get("/api/v1/units/HCTH").then().body("contactEmails", org.hamcrest.Matchers.empty());

        String plan = PlanFixtures.createSamplePlan().then().statusCode(201).extract().path("id");
        as(DevTokens.viewer()).get("/api/v1/plans/" + plan + "/digest").then().statusCode(200)
                .body("units.find { it.code == 'QLTC' }.contactEmails",
                        contains("qltc@skhcn.quangngai.gov.vn", "truong.phong.qltc@skhcn.quangngai.gov.vn"))
                .body("units.find { it.code == 'HCTH' }.contactEmails", org.hamcrest.Matchers.empty());
    }

    @Test
    void aContactAddressThatIsNotAnAddressIsRefusedNamingItAndNothingIsWritten() {
        Map<String, Object> unit = Map.of("code", "PKT", "name", "Phòng Kỹ thuật", "parentCode", "SKHCN", "kind", "DIVISION",
                "contactEmails", List.of("pkt@skhcn.quangngai.gov.vn", "phòng kỹ thuật", "pkt@"));

        Response refused = as(DevTokens.admin()).body(unit).post("/api/v1/units");

        assertTrue(assertInvalidField(refused, "contactEmails[1]").contains("'phòng kỹ thuật' is not an e-mail address"));
        assertTrue(assertInvalidField(refused, "contactEmails[2]").contains("'pkt@'"));
        assertEquals(0, fixtures.count("select count(*) from unit where code = 'PKT'"));

        Response hcth = as(DevTokens.viewer()).get("/api/v1/units/HCTH");
        Map<String, Object> tooMany = Map.of("code", "HCTH", "name", "Phòng Hành chính - Tổng hợp", "parentCode", "SKHCN",
                "kind", "DIVISION", "contactEmails", java.util.stream.IntStream.rangeClosed(1, 11)
                        .mapToObj(i -> "vanthu" + i + "@skhcn.quangngai.gov.vn").toList());
        assertInvalidField(as(DevTokens.admin()).header("If-Match", hcth.header("ETag")).body(tooMany).put("/api/v1/units/HCTH"),
                "contactEmails");
        assertEquals(0, fixtures.count("select count(*) from unit where code = 'HCTH' and jsonb_array_length(contact_emails) > 0"));
        as(DevTokens.viewer()).get("/api/v1/units/HCTH").then().header("ETag", equalTo(hcth.header("ETag")));
    }
}
