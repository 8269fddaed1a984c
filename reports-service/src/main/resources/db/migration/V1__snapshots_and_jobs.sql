-- Report snapshots: a report as it stood at its as-of instant, stored once and never changed.
create table report_snapshot (
    id          uuid        primary key,
    plan_id     uuid        not null,
    plan_number text        not null,
    period      text,
    kind        text        not null check (kind in ('ON_DEMAND', 'DAILY', 'CONSOLIDATED')),
    -- The scheduled occurrence that made it (e.g. daily-snapshots/2022-11-12); null when asked for.
    trigger_key text,
    as_of       timestamptz not null,
    created_at  timestamptz not null,
    created_by  text        not null,
    report      jsonb       not null,
    -- One snapshot per plan and trigger, however many replicas or retries run it (nulls never collide).
    constraint report_snapshot_one_per_trigger unique (plan_id, trigger_key)
);
create index report_snapshot_by_plan on report_snapshot (plan_id, created_at desc);

create function report_snapshot_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'report snapshots are immutable: % of snapshot %', tg_op, old.id;
end
$$;
create trigger report_snapshot_immutable before update or delete on report_snapshot
    for each row execute function report_snapshot_immutable();

-- Runs of the scheduled jobs. Claiming a run is inserting its row: the key lets one replica in.
create table job_run (
    id              uuid        primary key,
    job_name        text        not null,
    scheduled_for   timestamptz not null,
    attempt         integer     not null check (attempt >= 1),
    started_by      text        not null,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    outcome         text        not null check (outcome in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    produced        jsonb       not null default '[]',
    error           text,
    next_attempt_at timestamptz,
    constraint job_run_one_per_occurrence unique (job_name, scheduled_for, attempt)
);
create index job_run_recent on job_run (started_at desc);
create index job_run_to_retry on job_run (next_attempt_at) where outcome = 'FAILED' and next_attempt_at is not null;

-- Reminders posted to the webhook: one per plan, period and day count, delivered at most once.
create table reminder_delivery (
    id            uuid        primary key,
    plan_id       uuid        not null,
    period        text        not null,
    days_before   integer     not null,
    unit_deadline date        not null,
    status        text        not null check (status in ('PENDING', 'SENDING', 'DELIVERED', 'FAILED')),
    attempts      integer     not null default 0,
    claimed_until timestamptz,
    payload       jsonb       not null,
    last_error    text,
    created_at    timestamptz not null,
    delivered_at  timestamptz,
    constraint reminder_delivery_once unique (plan_id, period, days_before)
);
