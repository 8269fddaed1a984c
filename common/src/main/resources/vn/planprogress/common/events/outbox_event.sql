-- The service's outbox (see Outbox and OutboxReader): domain events written in the transaction of
-- the change. tx is the writing transaction, so that a reader can hand rows out in an order that
-- no later commit falls behind.
create table outbox_event (
    position    bigserial   primary key,
    tx          xid8        not null default pg_current_xact_id(),
    id          uuid        not null unique,
    type        text        not null,
    occurred_at timestamptz not null,
    plan_id     uuid,
    units       text[]      not null default '{}',
    data        jsonb       not null
);
create index outbox_event_read_order on outbox_event (tx, position);
