package vn.planprogress.reports.api;

/** PENDING: to be posted (again); DELIVERED: the receiver answered 2xx; FAILED: retried until the give-up time, then left. */
public enum DeliveryStatus { PENDING, DELIVERED, FAILED }
