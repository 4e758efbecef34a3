#!/usr/bin/env bash
# Start a throw-away PostgreSQL for the test suite and print the line that points the tests at it:
#   eval "$(bash .ci/postgres.sh)"
# Idempotent: a second run finds the running server and prints the same line. The server listens on
# 127.0.0.1 only, on a free port, with a cluster under $INVOICEDESK_PG_DIR (default: a folder in the temp dir).
# PostgreSQL refuses to run as root, so as root the cluster belongs to the "postgres" user.
set -euo pipefail

state_dir="${INVOICEDESK_PG_DIR:-${TMPDIR:-/tmp}/invoicedesk-test-pg}"
data_dir="$state_dir/data"
socket_dir="$state_dir/socket"
port_file="$state_dir/port"
password_file="$state_dir/password"
db_name="invoicedesk_test"
db_user="invoicedesk"

log() { echo "postgres.sh: $*" >&2; }

find_bin_dir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
    done
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
    return 1
}

if ! bin_dir="$(find_bin_dir)"; then
    log "installing postgresql with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    bin_dir="$(find_bin_dir)"
fi

if [ "$(id -u)" = "0" ]; then
    run_as_owner() { runuser -u postgres -- "$@"; }
    owner="postgres"
else
    run_as_owner() { "$@"; }
    owner="$(id -un)"
fi

mkdir -p "$state_dir"
chmod 755 "$state_dir"

if [ ! -s "$data_dir/PG_VERSION" ]; then
    log "creating a cluster in $data_dir"
    rm -rf "$data_dir" "$socket_dir"
    mkdir -p "$data_dir" "$socket_dir"
    # A random password: the server is reachable by every local user on 127.0.0.1.
    python3 -c 'import secrets; print(secrets.token_hex(16))' > "$password_file"
    chown -R "$owner" "$data_dir" "$socket_dir" "$password_file"
    chmod 700 "$data_dir"
    chmod 600 "$password_file"
    run_as_owner "$bin_dir/initdb" -D "$data_dir" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --pwfile="$password_file" -E UTF8 --locale=C.UTF-8 >&2
fi

password="$(cat "$password_file")"

if ! run_as_owner "$bin_dir/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
    echo "$port" > "$port_file"
    touch "$state_dir/server.log"
    chown "$owner" "$state_dir/server.log"
    log "starting the server on 127.0.0.1:$port"
    run_as_owner "$bin_dir/pg_ctl" -D "$data_dir" -l "$state_dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -k $socket_dir -c fsync=off -c max_connections=200" \
        start >&2
fi
port="$(cat "$port_file")"

psql_admin() { run_as_owner psql -h "$socket_dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$db_user'")" != "1" ]; then
    psql_admin -c "CREATE ROLE $db_user LOGIN CREATEDB PASSWORD '$password'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db_name'")" != "1" ]; then
    psql_admin -c "CREATE DATABASE $db_name OWNER $db_user" >&2
fi

echo "export INVOICEDESK_TEST_PG_URL=postgresql://$db_user:$password@127.0.0.1:$port/$db_name"
