package vn.planprogress.progress.api;

/** Tình trạng thực hiện: the task's progress as the unit reports it. */
public enum ProgressStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
