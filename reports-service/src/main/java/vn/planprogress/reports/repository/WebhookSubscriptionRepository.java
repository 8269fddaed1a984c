package vn.planprogress.reports.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.reports.domain.WebhookSubscription;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    public Page<WebhookSubscription> page(PageRequest page) {
        var query = findAll(Sort.by("createdAt").and("id"));
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    public boolean hasUrl(String url) {
        return count("url", url) > 0;
    }

    /**
     * Pauses the subscription unless it is paused already, as a change of its own (its version moves, so an
     * admin's If-Match of before no longer matches); whether it was active.
     */
    public boolean pause(UUID id, String reason, Instant now) {
        return getEntityManager().createNativeQuery("""
                        update webhook_subscription set status = 'PAUSED', paused_reason = :reason, updated_at = :now,
                        version = version + 1 where id = :id and status = 'ACTIVE'""")
                .setParameter("reason", reason)
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    /** Takes the advisory lock of one writer of subscriptions that must not race (start-up on several replicas). */
    public void lockExclusively(long key) {
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(:key)) locked").setParameter("key", key)
                .getSingleResult();
    }
}
