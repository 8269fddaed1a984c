-- A plan read from its own document: the document kept as sent (so that nothing a planner sent is
-- lost, and it can be read again by a later reader), and the answer the import gave, as served.
create table plan_import (
    id uuid primary key,
    form text not null check (form in ('TEXT', 'DOCX', 'PDF')),
    content_type text not null,
    byte_size bigint not null,
    sha256 text not null,
    document bytea not null,
    plan_id uuid references plan (id) on delete set null,
    answer jsonb not null,
    created_by text not null,
    created_at timestamptz not null
);

create index plan_import_plan on plan_import (plan_id);
