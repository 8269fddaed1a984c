package vn.planprogress.plans.migration;

import vn.planprogress.common.events.OutboxMigration;

/** The plans service's outbox: plans issued, amended and closed. */
public class V11__Outbox extends OutboxMigration {
}
