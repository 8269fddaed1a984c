-- The one feed of domain events (GET /api/v1/events): every service's outbox relayed here by
-- EventRelay. Positions are assigned by the relay while it holds its advisory lock, so they grow
-- in commit order and a reader resuming after a position never misses a later one.
create table event_feed (
    position    bigserial   primary key,
    id          uuid        not null unique,
    source      text        not null check (source in ('plans', 'progress', 'reports')),
    type        text        not null,
    occurred_at timestamptz not null,
    plan_id     uuid,
    units       text[]      not null default '{}',
    data        jsonb       not null,
    relayed_at  timestamptz not null
);
create index event_feed_by_type on event_feed (type, position);

-- Where the relay stands in each source's outbox: the OutboxCursor after the last event relayed,
-- moved in the transaction that appends the events.
create table event_source (
    source     text        primary key check (source in ('plans', 'progress', 'reports')),
    cursor     text        not null,
    relayed_at timestamptz
);
insert into event_source (source, cursor) values ('plans', '0.0'), ('progress', '0.0'), ('reports', '0.0');
