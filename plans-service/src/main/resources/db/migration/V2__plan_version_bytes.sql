-- An issued version is kept as the JSON bytes it is served as, with the version of that format (V3
-- fills them from the document column, V4 then drops it): a field later renamed or removed from the
-- API's PlanDocument no longer drops out of history.
alter table plan_version add column content bytea, add column format_version integer;
