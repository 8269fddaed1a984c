# Sourced by scripts/backup and scripts/restore: which PostgreSQL server, and a pg_dump/pg_restore that
# can talk to it.
#
# The server: the one DB_URL names (jdbc:postgresql://host[:port]/database), as DB_USER with DB_PASSWORD,
# a role that may read and create the three schemas (the superuser or the schemas' owner); else the
# embedded server of scripts/run on localhost, port --db-port (54329), user postgres without a password.
#
# The client: PG_BIN's pg_dump and pg_restore when set, else Debian's postgresql-client (installed when
# missing). pg_dump refuses a server of a newer major version than its own, so that is checked first.

pg_target() {  # pg_target DB_PORT: sets PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD and TARGET (for messages)
  local embedded_port=$1
  if [[ -n "${DB_URL:-}" ]]; then
    local rest=${DB_URL#jdbc:postgresql://}
    [[ "$rest" != "$DB_URL" ]] || { echo "DB_URL must be a JDBC URL: jdbc:postgresql://host[:port]/database" >&2; exit 2; }
    rest=${rest%%\?*}
    local address=${rest%%/*}
    export PGDATABASE=${rest#*/}
    export PGHOST=${address%%:*}
    if [[ "$address" == *:* ]]; then export PGPORT=${address##*:}; else export PGPORT=5432; fi
    export PGUSER=${DB_USER:?DB_USER must name the role that backs up and restores (with DB_PASSWORD)}
    export PGPASSWORD=${DB_PASSWORD:-}
    TARGET="$PGHOST:$PGPORT/$PGDATABASE as $PGUSER"
  else
    export PGHOST=localhost PGPORT=$embedded_port PGDATABASE=postgres PGUSER=postgres PGPASSWORD=
    TARGET="the embedded server of scripts/run (localhost:$PGPORT)"
  fi
}

pg_client() {  # sets PG_DUMP, PG_RESTORE and PSQL, installing Debian's client when there is none
  local bin=${PG_BIN:-}
  if [[ -z "$bin" ]] && ! command -v pg_dump >/dev/null; then
    echo "Installing Debian's postgresql-client ..." >&2
    local sudo=; [[ $(id -u) -eq 0 ]] || sudo=sudo
    $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq --no-install-recommends postgresql-client >/dev/null
  fi
  PG_DUMP=${bin:+$bin/}pg_dump
  PG_RESTORE=${bin:+$bin/}pg_restore
  PSQL=${bin:+$bin/}psql
}

pg_check_versions() {  # the server answers, and is not of a newer major version than the client
  local server client
  if ! server=$("$PSQL" -X -qtA -c 'show server_version_num' 2>&1); then
    echo "Cannot reach $TARGET: $server" >&2
    [[ -n "${DB_URL:-}" ]] || echo "(Is scripts/run running? Its port is --db-port, 54329 unless told otherwise.)" >&2
    exit 1
  fi
  client=$("$PG_DUMP" --version | grep -oE '[0-9]+(\.[0-9]+)?' | head -1)
  if (( server / 10000 > ${client%%.*} )); then
    echo "The server is PostgreSQL $((server / 10000)), $PG_DUMP is $client: pg_dump refuses a newer server." >&2
    echo "Install the client of major $((server / 10000)) and point PG_BIN at its bin directory." >&2
    exit 1
  fi
}

SCHEMAS=(plans progress reports)
