package vn.planprogress.progress.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.planprogress.common.events.EventType;
import vn.planprogress.progress.domain.Revision;

/** Which event a new revision tells: drafts none, the first submitted one its creation, every later one a correction. */
class SubmissionEventTests {

    @Test
    void aDraftTellsNothingWhateverCameBefore() {
        assertEquals(Optional.empty(), SubmissionEvent.told(null, revision(true)));
        assertEquals(Optional.empty(), SubmissionEvent.told(revision(true), revision(true)));
    }

    @Test
    void theFirstRevisionThatIsNotADraftCreatesTheSubmission() {
        assertEquals(Optional.of(EventType.SUBMISSION_CREATED), SubmissionEvent.told(null, revision(false)));
        assertEquals(Optional.of(EventType.SUBMISSION_CREATED), SubmissionEvent.told(revision(true), revision(false)));
    }

    @Test
    void aRevisionAfterASubmittedOneIsACorrection() {
        assertEquals(Optional.of(EventType.SUBMISSION_CORRECTED), SubmissionEvent.told(revision(false), revision(false)));
    }

    private static Revision revision(boolean draft) {
        Revision revision = new Revision();
        revision.draft = draft;
        return revision;
    }
}
