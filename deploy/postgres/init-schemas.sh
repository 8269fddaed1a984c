#!/bin/sh
# Runs once, when the PostgreSQL container initialises its data directory: one role and one
# schema per service, so that no service can read another's tables.
set -eu
for service in plans progress reports; do
  password_var="$(echo "$service" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password="$(eval echo "\${$password_var}")"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
create role $service login password '$password';
create schema $service authorization $service;
alter role $service set search_path = $service;
revoke all on schema public from $service;
SQL
done
