package vn.planprogress.reports.api;

/** ACTIVE: its deliveries are posted. PAUSED (by an admin, or when a delivery gave up): they wait, kept, until it is ACTIVE again. */
public enum WebhookStatus { ACTIVE, PAUSED }
