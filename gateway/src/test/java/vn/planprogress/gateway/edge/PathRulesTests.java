package vn.planprogress.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.planprogress.gateway.proxy.Upstream;

/** Which paths the gateway routes, and to which service. */
class PathRulesTests {

    @Test
    void plainApiPathsAreSafe() {
        assertNull(PathRules.faultOf("/api/v1/plans"));
        assertNull(PathRules.faultOf("/api/v1/plans/"));
        assertNull(PathRules.faultOf("/api/v1/plans/0b8f2f3c/tasks/III.3"));
        assertNull(PathRules.faultOf("/api/v1/units/HCTH"));
        assertNull(PathRules.faultOf("/api/v1/plans/..x/y"), "two dots inside a segment are a name");
        assertNull(PathRules.faultOf("/api/v1/plans/Tuy%C3%AAn"));
    }

    @Test
    void eachTrickIsNamed() {
        assertEquals("the path contains a '..' segment", PathRules.faultOf("/api/v1/plans/../units"));
        assertEquals("the path contains a '.' segment", PathRules.faultOf("/api/v1/./plans"));
        assertEquals("the path contains an empty segment ('//')", PathRules.faultOf("/api//v1/plans"));
        assertEquals("the path contains a backslash", PathRules.faultOf("/api/v1/plans\\x"));
        assertNotNull(PathRules.faultOf("/api/v1/plans/%2f"));
        assertNotNull(PathRules.faultOf("/api/v1/plans/%5C"));
        assertNotNull(PathRules.faultOf("/api/v1/plans/%2E"));
        assertNotNull(PathRules.faultOf("/api/v1/plans/%00"));
        assertNotNull(PathRules.faultOf("/api/v1/plans/%252e"));
        assertNotNull(PathRules.faultOf("/api/v1/plans/..;/x"));
        assertNotNull(PathRules.faultOf("/api/v1/plans/\u0001"));
        assertNotNull(PathRules.faultOf("api/v1/plans"));
    }

    @Test
    void eachPrefixBelongsToOneService() {
        assertEquals(Optional.of(Upstream.PLANS), Upstream.owning("/api/v1/units"));
        assertEquals(Optional.of(Upstream.PLANS), Upstream.owning("/api/v1/plans/1/digest"));
        assertEquals(Optional.of(Upstream.PROGRESS), Upstream.owning("/api/v1/submissions/1/revisions"));
        assertEquals(Optional.of(Upstream.REPORTS), Upstream.owning("/api/v1/reports/plans/1"));
        assertEquals(Optional.empty(), Upstream.owning("/api/v1/plansX"));
        assertEquals(Optional.empty(), Upstream.owning("/api/v1"));
        assertEquals(Optional.empty(), Upstream.owning("/q/health"));
    }
}
