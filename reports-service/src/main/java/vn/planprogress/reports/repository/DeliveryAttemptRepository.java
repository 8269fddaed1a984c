package vn.planprogress.reports.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.planprogress.reports.domain.DeliveryAttempt;

@ApplicationScoped
public class DeliveryAttemptRepository implements PanacheRepositoryBase<DeliveryAttempt, DeliveryAttempt.Key> {

    /** The attempts of these deliveries, oldest first, by delivery. */
    public Map<UUID, List<DeliveryAttempt>> of(Collection<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        return list("deliveryId in ?1", Sort.by("deliveryId").and("number"), deliveryIds).stream()
                .collect(Collectors.groupingBy(attempt -> attempt.deliveryId));
    }
}
