package vn.planprogress.reports.migration;

import vn.planprogress.common.events.OutboxMigration;

/** The reports service's outbox: snapshots taken, reports ready, reminders due. */
public class V6__Outbox extends OutboxMigration {
}
