-- Idempotency-Key records of creating POSTs (see IdempotentCreation): the primary key settles
-- concurrent retries; the stored response is what a retry gets back.
create table idempotency_key (
    operation    text        not null,
    caller       text        not null,
    key          text        not null,
    request_hash text        not null,
    status       integer,
    location     text,
    etag         text,
    body         text,
    created_at   timestamptz not null default now(),
    primary key (operation, caller, key)
);
