-- Thư điện tử: each reminder mail (one per plan, period, days before the deadline and unit) and each
-- daily digest (one per plan, day and consolidation unit), recorded once so that a retried or
-- concurrent job run never mails twice; claimed by one sender at a time like reminder_delivery.
create table mail_delivery (
    id            uuid        primary key,
    kind          text        not null check (kind in ('REMINDER', 'DIGEST')),
    plan_id       uuid        not null,
    period        text,
    days_before   integer,
    day           date        not null,
    unit_code     text        not null,
    recipients    text        not null,
    subject       text        not null,
    status        text        not null check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts      integer     not null default 0,
    last_error    text,
    claimed_until timestamptz,
    created_at    timestamptz not null,
    sent_at       timestamptz,
    constraint mail_delivery_reminder_key check (kind <> 'REMINDER' or (period is not null and days_before is not null))
);
create unique index mail_delivery_reminder_once on mail_delivery (plan_id, period, days_before, unit_code) where kind = 'REMINDER';
create unique index mail_delivery_digest_once on mail_delivery (plan_id, day, unit_code) where kind = 'DIGEST';
