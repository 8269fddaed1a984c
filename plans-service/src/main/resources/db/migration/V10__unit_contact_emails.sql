-- Địa chỉ thư điện tử of a unit: where the reports service mails its reminders and digests.
-- Existing units start with none, so nothing is mailed until an admin adds addresses.
alter table unit add column contact_emails jsonb not null default '[]';
