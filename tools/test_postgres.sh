#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the tests: `start` prints the URL the
# tests read from EST_TEST_POSTGRES_URL, `stop` ends the server and removes its files.
# The server runs as the unprivileged `postgres` system user, without fsync (a test server
# holds nothing to keep) and without autovacuum, whose workers est_ci could not end when a
# test database is dropped; the tests connect as
# `est_ci` over TCP with a password (scram), a role that may create databases and roles
# but is no superuser, so row-level security applies to everything the tests do.
set -euo pipefail
PORT="${EST_TEST_POSTGRES_PORT:-54329}"
DIR="${EST_TEST_POSTGRES_DIR:-/tmp/est-test-postgres}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
RUN_AS=(runuser -u postgres --)
[ "$(id -u)" -eq 0 ] || RUN_AS=()

case "${1:-}" in
  start)
    [ -x "$BIN/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
    rm -rf "$DIR"; mkdir -p "$DIR"
    [ ${#RUN_AS[@]} -eq 0 ] || chown postgres "$DIR"
    "${RUN_AS[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log"
    "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c autovacuum=off -c max_connections=200" start >/dev/null
    "${RUN_AS[@]}" "$BIN/psql" -q -h "$DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE est_ci LOGIN PASSWORD 'est_ci' CREATEDB CREATEROLE"
    echo "postgresql+psycopg://est_ci:est_ci@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    if [ -d "$DIR/data" ]; then
      "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
