-- Every snapshot's report is now kept as the JSON it is served as (snapshot_document, filled by V3):
-- the column read back through the current API record, which lost what that record no longer has, goes.
alter table report_snapshot drop column report;
