package vn.planprogress.reports.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.reports.api.DeliveryStatus;
import vn.planprogress.reports.domain.EventDelivery;

@ApplicationScoped
public class EventDeliveryRepository implements PanacheRepositoryBase<EventDelivery, UUID> {

    /** How far one fan-out step moves a subscription along the feed at most. */
    static final int FAN_OUT_STEP = 5000;

    public Page<EventDelivery> page(UUID subscriptionId, DeliveryStatus status, PageRequest page) {
        Parameters parameters = Parameters.with("subscription", subscriptionId);
        String where = "subscriptionId = :subscription";
        if (status != null) {
            where += " and status = :status";
            parameters.and("status", status);
        }
        var query = find(where, Sort.by("eventPosition").descending().and("id"), parameters);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    /** The subscriptions behind the feed's end, locked for this fan-out (another replica's skip them). */
    @SuppressWarnings("unchecked")
    public List<String> subscriptionsBehind(long feedEnd) {
        return getEntityManager().createNativeQuery("""
                        select cast(id as text) from webhook_subscription where fanned_out_position < :end
                        order by id for update skip locked""")
                .setParameter("end", feedEnd)
                .getResultList();
    }

    /**
     * One delivery for each event of the subscription's types after its position, up to {@code feedEnd}
     * (at most one step), then the position moved there; how many deliveries were made.
     */
    public int fanOut(UUID subscriptionId, long feedEnd, Instant now) {
        int made = getEntityManager().createNativeQuery("""
                        insert into webhook_delivery (id, subscription_id, event_id, event_position, event_type, status, next_attempt_at, created_at)
                        select gen_random_uuid(), s.id, f.id, f.position, f.type, 'PENDING', :now, :now
                        from webhook_subscription s
                        join event_feed f on f.position > s.fanned_out_position and f.position <= least(:end, s.fanned_out_position + :step)
                        where s.id = :id and s.event_types @> jsonb_build_array(f.type)
                        order by f.position
                        on conflict (subscription_id, event_id) do nothing""")
                .setParameter("now", now)
                .setParameter("end", feedEnd)
                .setParameter("step", FAN_OUT_STEP)
                .setParameter("id", subscriptionId)
                .executeUpdate();
        getEntityManager().createNativeQuery("""
                        update webhook_subscription set fanned_out_position = least(:end, fanned_out_position + :step)
                        where id = :id and fanned_out_position < :end""")
                .setParameter("end", feedEnd)
                .setParameter("step", FAN_OUT_STEP)
                .setParameter("id", subscriptionId)
                .executeUpdate();
        return made;
    }

    /**
     * The next delivery due of an active subscription that nobody holds, held until {@code until}
     * (another replica's dispatcher skips it, and takes it again only after the lease, if this one stopped).
     */
    public Optional<UUID> claimNext(Instant now, Instant until) {
        @SuppressWarnings("unchecked")
        List<String> due = getEntityManager().createNativeQuery("""
                        select cast(d.id as text) from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                        where d.status = 'PENDING' and s.status = 'ACTIVE' and d.next_attempt_at <= :now
                          and (d.leased_until is null or d.leased_until <= :now)
                        order by d.next_attempt_at, d.event_position
                        limit 1 for update of d skip locked""")
                .setParameter("now", now)
                .getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        UUID id = UUID.fromString(due.get(0));
        update("leasedUntil = ?1 where id = ?2", until, id);
        return Optional.of(id);
    }

    /** Deliveries waiting on a subscription that is resumed: each due now, with a day of retries of its own again. */
    public int resume(UUID subscriptionId, Instant now) {
        return update("firstAttemptAt = null, nextAttemptAt = ?1 where subscriptionId = ?2 and status = ?3",
                now, subscriptionId, DeliveryStatus.PENDING);
    }
}
