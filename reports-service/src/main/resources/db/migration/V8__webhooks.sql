-- Webhook subscriptions (/api/v1/webhooks): a system outside the platform that is posted the feed's
-- events of the types it chose, signed with its secret. fanned_out_position is the event_feed position
-- up to which its deliveries are made; a subscription starts at the feed's end when it is created.
create table webhook_subscription (
    id                  uuid        primary key,
    url                 text        not null,
    event_types         jsonb       not null check (jsonb_typeof(event_types) = 'array'),
    secret              text        not null,
    description         text,
    status              text        not null check (status in ('ACTIVE', 'PAUSED')),
    paused_reason       text,
    fanned_out_position bigint      not null,
    created_at          timestamptz not null,
    created_by          text        not null,
    updated_at          timestamptz not null,
    version             bigint      not null
);
create index webhook_subscription_by_url on webhook_subscription (url);

-- One delivery per subscription and event, made by the fan-out and posted by the dispatcher until the
-- receiver answers 2xx (DELIVERED) or the retries give up (FAILED). leased_until keeps other replicas
-- off a delivery while one posts it.
create table webhook_delivery (
    id               uuid        primary key,
    subscription_id  uuid        not null references webhook_subscription (id) on delete cascade,
    event_id         uuid        not null references event_feed (id),
    event_position   bigint      not null,
    event_type       text        not null,
    status           text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     not null default 0,
    first_attempt_at timestamptz,
    next_attempt_at  timestamptz,
    leased_until     timestamptz,
    delivered_at     timestamptz,
    created_at       timestamptz not null,
    constraint webhook_delivery_once unique (subscription_id, event_id),
    constraint webhook_delivery_pending_is_due check (status <> 'PENDING' or next_attempt_at is not null)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_newest on webhook_delivery (subscription_id, event_position desc);

-- Every attempt of a delivery, as the receiver answered it (or why it could not be posted).
create table webhook_attempt (
    delivery_id uuid        not null references webhook_delivery (id) on delete cascade,
    number      integer     not null,
    at          timestamptz not null,
    status_code integer,
    error       text,
    duration_ms bigint      not null,
    primary key (delivery_id, number)
);

-- Reminders are no longer posted by the reminders job: each is issued once as a reminder.due event in the
-- outbox (event_id), which reaches the reminders webhook as a subscription. Those the old webhook had not
-- delivered are carried forward as such events now, with the reminder's own id as the event id: the id the
-- old webhook sent as Idempotency-Key, so a receiver that did get one after all can tell the repeat.
-- DELIVERED rows stay as the old webhook left them; claimed_until belonged to its sender only.
alter table reminder_delivery add column event_id uuid;
insert into outbox_event (id, type, occurred_at, plan_id, units, data)
select r.id, 'reminder.due', r.created_at, r.plan_id,
       array(select distinct unit ->> 'code' from jsonb_array_elements(r.payload -> 'units') unit
             where unit ->> 'code' is not null order by 1),
       r.payload
from reminder_delivery r
where r.status <> 'DELIVERED'
order by r.created_at, r.id;
alter table reminder_delivery drop constraint reminder_delivery_status_check;
update reminder_delivery set event_id = id, status = 'ISSUED' where status <> 'DELIVERED';
alter table reminder_delivery add constraint reminder_delivery_status_check check (status in ('DELIVERED', 'ISSUED'));
alter table reminder_delivery drop column claimed_until;
