package vn.planprogress.reports.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** A plan in the plans service's list ({@code GET /api/v1/plans}), as far as this service reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanSummary(UUID id, String number, String title, int year, String ownerUnit, String status,
                          String parentPlanNumber) {

    /** One page of the list. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<PlanSummary> items, int page, int size, long totalItems, int totalPages) {
    }
}
