package vn.planprogress.progress.migration;

import vn.planprogress.common.events.OutboxMigration;

/** The progress service's outbox: submissions created, corrected and reviewed. */
public class V2__Outbox extends OutboxMigration {
}
