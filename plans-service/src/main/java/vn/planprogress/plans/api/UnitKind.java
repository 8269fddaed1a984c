package vn.planprogress.plans.api;

/** What kind of body a unit is. */
public enum UnitKind {
    /** The provincial People's Committee (UBND tỉnh). */
    PROVINCE,
    /** A department (Sở) of the province. */
    DEPARTMENT,
    /** A division (phòng) of a department. */
    DIVISION,
    /** A centre (trung tâm) of a department. */
    CENTER,
    /** A sub-department (chi cục) of a department. */
    SUB_DEPARTMENT,
    /** A body outside the province's administration, e.g. a newspaper or broadcaster. */
    EXTERNAL
}
