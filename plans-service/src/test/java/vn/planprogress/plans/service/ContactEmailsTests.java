package vn.planprogress.plans.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.common.problem.ProblemException;

/** A unit's contact addresses: mailbox addresses only, at most ten, each named when refused. */
class ContactEmailsTests {

    @Test
    void addressesAnSmtpServerTakesAreAccepted() {
        assertDoesNotThrow(() -> ContactEmails.check(List.of("vanthu@skhcn.quangngai.gov.vn", "nguyen.van-a+bc@so-khcn.vn")));
        assertDoesNotThrow(() -> ContactEmails.check(null));
        assertDoesNotThrow(() -> ContactEmails.check(List.of()));
    }

    @Test
    void eachBadAddressIsNamedByItsIndex() {
        ProblemException refused = assertThrows(ProblemException.class, () -> ContactEmails.check(Arrays.asList(
                "ok@skhcn.gov.vn", "Văn thư <vanthu@skhcn.gov.vn>", "vanthu@skhcn", null, "a..b@skhcn.gov.vn", "OK@skhcn.gov.vn")));

        assertEquals(400, refused.status());
        assertEquals(List.of("contactEmails[1]", "contactEmails[2]", "contactEmails[3]", "contactEmails[4]", "contactEmails[5]"),
                refused.errors().stream().map(FieldViolation::field).toList());
    }

    @Test
    void moreThanTenAreRefused() {
        List<String> eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "vanthu" + i + "@skhcn.gov.vn").toList();

        ProblemException refused = assertThrows(ProblemException.class, () -> ContactEmails.check(eleven));

        assertEquals("contactEmails", refused.errors().get(0).field());
        assertDoesNotThrow(() -> ContactEmails.check(eleven.subList(0, 10)));
    }
}
