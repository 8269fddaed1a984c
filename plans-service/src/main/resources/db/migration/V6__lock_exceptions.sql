-- Mở khóa số liệu: a locked period of a plan opened again for one unit through the end of a day,
-- recorded with who and why.
create table lock_exception (
    id         uuid primary key,
    plan_id    uuid        not null references plan (id) on delete cascade,
    unit_code  text        not null references unit (code),
    period     text        not null,
    until      date        not null,
    reason     text        not null check (length(reason) between 1 and 1000),
    created_by text        not null,
    created_at timestamptz not null
);
create index lock_exception_plan on lock_exception (plan_id, unit_code, period, created_at);
