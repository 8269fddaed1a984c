-- Every version now has its bytes (V3): they are required, the document read back through today's record goes,
-- and a kept version is never changed.
alter table plan_version alter column content set not null, alter column format_version set not null,
    add constraint plan_version_format_version check (format_version >= 1);
alter table plan_version drop column document;

create function plan_version_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'issued plan versions are immutable: update of version % of plan %', old.amendment, old.plan_id;
end
$$;
create trigger plan_version_immutable before update on plan_version
    for each row execute function plan_version_immutable();
