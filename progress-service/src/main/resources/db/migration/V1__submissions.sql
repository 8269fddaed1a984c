-- Submissions (báo cáo tiến độ): one per plan, task, unit and reporting period. The row is the head
-- of the submission's history: its latest revision's number and its review state.
create table submission (
    id         uuid primary key,
    plan_id    uuid        not null,
    task_code  text        not null,
    unit_code  text        not null,
    period     text        not null,
    revision   integer     not null check (revision >= 1),
    state      text        not null,
    created_by text        not null,
    created_at timestamptz not null,
    constraint submission_key unique (plan_id, task_code, unit_code, period)
);
create index submission_unit on submission (unit_code, plan_id);

-- Every revision whole, as the unit sent it: a correction adds one, nothing is ever overwritten.
create table revision (
    submission_id      uuid        not null references submission (id),
    number             integer     not null check (number >= 1),
    draft              boolean     not null,
    status             text        not null,
    indicator_values   jsonb       not null,
    summary            text,
    difficulties       text,
    proposals          text,
    evidence           jsonb       not null,
    correction_reason  text,
    late_correction    boolean     not null,
    unit_deadline      date        not null,
    -- Timeliness is settled by the first revision that is not a draft; later ones carry it forward.
    first_submitted_at timestamptz,
    late               boolean,
    plan_version       bigint      not null,
    submitted_by       text        not null,
    submitted_at       timestamptz not null,
    primary key (submission_id, number),
    constraint revision_timed_unless_draft check (draft = (first_submitted_at is null) and draft = (late is null)),
    constraint revision_late_correction_has_reason check (not late_correction or correction_reason is not null)
);
create index revision_submitted_at on revision (submission_id, submitted_at) where not draft;

-- The department's decisions (xem xét): accept or return one revision.
create table review (
    id            bigint generated always as identity primary key,
    submission_id uuid        not null,
    revision      integer     not null,
    decision      text        not null,
    comment       text,
    reviewed_by   text        not null,
    reviewed_at   timestamptz not null,
    foreign key (submission_id, revision) references revision (submission_id, number),
    constraint review_return_has_comment check (decision <> 'RETURN' or comment is not null)
);
create index review_submission on review (submission_id, revision);

-- Nothing is ever lost: the database itself refuses to change or remove a revision or a review,
-- whatever the application does.
create function refuse_rewriting_history() returns trigger language plpgsql as $$
begin
    raise exception '% rows are append-only: % refused', tg_table_name, tg_op
        using errcode = 'restrict_violation';
end;
$$;

create trigger revision_append_only before update or delete on revision
    for each row execute function refuse_rewriting_history();
create trigger review_append_only before update or delete on review
    for each row execute function refuse_rewriting_history();
