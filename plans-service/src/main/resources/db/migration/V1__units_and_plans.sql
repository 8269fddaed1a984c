-- Units (đơn vị): the province, its departments and their divisions, and external bodies.
create table unit (
    code        text primary key,
    name        text        not null,
    short_name  text,
    parent_code text references unit (code),
    kind        text        not null,
    version     bigint      not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint unit_not_own_parent check (parent_code is null or parent_code <> code)
);
create index unit_parent on unit (parent_code);

-- Plans (kế hoạch). Narrative parts that are read and written whole are JSON values;
-- what other rows refer to (units, tasks, indicators) is relational, so that the database keeps it whole.
create table plan (
    id                    uuid primary key,
    number_symbol         text        not null,
    number_sequence       integer,
    title                 text        not null,
    year                  integer     not null,
    owner_unit            text        not null references unit (code),
    issued_on             date,
    place                 text,
    signer                jsonb,
    parent_plan_ref       jsonb,
    parent_plan_number    text generated always as (parent_plan_ref ->> 'number') stored,
    legal_bases           jsonb        not null,
    preamble              text,
    purposes              jsonb        not null,
    content_sections      jsonb        not null,
    implementation        jsonb        not null,
    budget_source         text,
    recipients            jsonb        not null,
    reporting             jsonb        not null,
    consolidation_unit    text        not null references unit (code),
    status                text        not null,
    amendment             integer     not null default 0,
    version               bigint      not null default 0,
    created_by            text        not null,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    constraint plan_number_unique unique (owner_unit, year, number_sequence),
    constraint plan_issued_has_number check (status = 'DRAFT' or number_sequence is not null)
);
create index plan_year_owner on plan (year, owner_unit);
create index plan_parent_number on plan (parent_plan_number);

-- Every issued version of a plan, as the API document: an amendment never loses the previous one.
create table plan_version (
    plan_id    uuid        not null references plan (id) on delete cascade,
    amendment  integer     not null,
    reason     text,
    document   jsonb        not null,
    created_by text        not null,
    created_at timestamptz not null default now(),
    primary key (plan_id, amendment)
);

-- The last sequence number given to a plan of a unit in a year (số văn bản).
create table plan_number (
    owner_unit    text    not null references unit (code),
    year          integer not null,
    last_sequence integer not null,
    primary key (owner_unit, year)
);

-- Tasks (nhiệm vụ) with their schedule; the effective dates are derived from it when written.
create table task (
    id                  bigserial primary key,
    plan_id             uuid    not null references plan (id) on delete cascade,
    position            integer not null,
    code                text    not null,
    title               text    not null,
    schedule_kind       text    not null,
    schedule_quarters   jsonb,
    schedule_from       date,
    schedule_to         date,
    schedule_label      text,
    effective_from      date    not null,
    effective_to        date    not null,
    content_refs        jsonb    not null,
    coordinating_groups jsonb    not null,
    constraint task_code_unique unique (plan_id, code),
    constraint task_effective_order check (effective_from <= effective_to)
);

-- Lead (chủ trì) and coordinating (phối hợp) units of a task. A unit has one role in a task,
-- and a unit that a task names cannot be deleted.
create table task_unit (
    task_id    bigint  not null references task (id) on delete cascade,
    unit_code  text    not null references unit (code),
    role       text    not null,
    position   integer not null,
    via_group  boolean not null,
    primary key (task_id, unit_code)
);
create index task_unit_unit on task_unit (unit_code);

-- Indicators (chỉ tiêu) with their targets; codes are unique within a plan.
create table indicator (
    id              bigserial primary key,
    plan_id         uuid          not null references plan (id) on delete cascade,
    task_id         bigint        not null references task (id) on delete cascade,
    position        integer       not null,
    code            text          not null,
    name            text          not null,
    unit_of_measure text,
    target          numeric(20, 4) not null check (target >= 0),
    parts           jsonb          not null,
    constraint indicator_code_unique unique (plan_id, code)
);
