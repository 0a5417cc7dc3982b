# shellcheck shell=bash
# shellcheck disable=SC2034  # globals read by scripts/test, which sources this file
# A throwaway PostgreSQL server for scripts/test: a fresh cluster in a temporary
# directory, listening only on 127.0.0.1, trust authentication, database masa_test.
#
#   pg_start SERVER_LOG   sets PG_PORT, PG_DIR, PG_SUPERUSER and PG_VERSION
#   pg_stop               stops it and removes the directory (safe to call twice)

PG_DIR=""
PG_PORT=""
PG_BIN=""
PG_USER=""
PG_VERSION=""
PG_SUPERUSER=masa
PG_SERVER_LOG=""

# pg_find_bin: Debian keeps the server programs out of PATH, under
# /usr/lib/postgresql/VERSION/bin. Prefer 15 (Debian 12's), else the newest there is.
pg_find_bin() {
    local dir
    for dir in /usr/lib/postgresql/15/bin $(printf "%s\n" /usr/lib/postgresql/*/bin | sort -V -r); do
        if [[ -x $dir/initdb && -x $dir/pg_ctl ]]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

# PostgreSQL refuses to run as root, so as root we run it as an unprivileged user: the
# `postgres` user that Debian's package creates, or our own system user `masa-pg`.
pg_choose_user() {
    if ((EUID != 0)); then
        PG_USER=$(id -un)
    elif id -u postgres >/dev/null 2>&1; then
        PG_USER=postgres
    else
        if ! id -u masa-pg >/dev/null 2>&1 &&
            ! useradd --system --user-group --no-create-home --home-dir /nonexistent \
                --shell /usr/sbin/nologin masa-pg; then
            echo "scripts/test: could not create the system user masa-pg to run PostgreSQL" >&2
            return 1
        fi
        PG_USER=masa-pg
    fi
}

# as_pg COMMAND...: run COMMAND as PG_USER, from / so that it never trips over a working
# directory that user cannot enter.
as_pg() {
    if ((EUID == 0)); then
        (cd / && runuser -u "$PG_USER" -- "$@")
    else
        (cd / && "$@")
    fi
}

pg_start() {
    PG_SERVER_LOG=$1
    if ! PG_BIN=$(pg_find_bin); then
        echo "scripts/test: PostgreSQL's initdb was not found under /usr/lib/postgresql (is the postgresql package installed?)" >&2
        return 1
    fi
    PG_VERSION=$("$PG_BIN/postgres" --version | awk '{ print $3 }')
    pg_choose_user || return 1

    PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/masa-pg.XXXXXX")
    chown "$PG_USER": "$PG_DIR"

    # --no-locale: C collation sorts like SQLite does, so both stages agree on order.
    # --no-sync: a throwaway cluster needs no durability.
    if ! as_pg "$PG_BIN/initdb" --pgdata="$PG_DIR/data" --username="$PG_SUPERUSER" \
        --auth=trust --encoding=UTF8 --no-locale --no-sync >"$PG_DIR/initdb.log" 2>&1; then
        fail_with_log "initdb failed" "$PG_DIR/initdb.log"
        return 1
    fi
    # Listen only on loopback; keep the socket in our own directory (the default one,
    # /var/run/postgresql, may not exist); trade durability for speed; allow enough
    # connections for tests running in parallel, each with its own small pool.
    cat >>"$PG_DIR/data/postgresql.conf" <<CONF

# scripts/test
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_DIR'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
CONF

    # Pick a free port from 54329 upwards; if another process takes it between the check
    # and the start, try the next one.
    local attempt next=54329
    for attempt in 1 2 3 4 5; do
        PG_PORT=$(free_port "$next") || return 1
        if as_pg "$PG_BIN/pg_ctl" --pgdata="$PG_DIR/data" --log="$PG_DIR/server.log" \
            --options="-p $PG_PORT" --wait --timeout=60 start >"$PG_DIR/pg_ctl.log" 2>&1; then
            break
        fi
        if ((attempt == 5)); then
            cat "$PG_DIR/pg_ctl.log" >>"$PG_DIR/server.log"
            fail_with_log "PostgreSQL did not start" "$PG_DIR/server.log"
            return 1
        fi
        next=$((PG_PORT + 1))
    done

    if ! "$PG_BIN/createdb" --host=127.0.0.1 --port="$PG_PORT" --username="$PG_SUPERUSER" masa_test \
        >"$PG_DIR/createdb.log" 2>&1; then
        fail_with_log "createdb masa_test failed" "$PG_DIR/createdb.log"
        return 1
    fi
}

pg_stop() {
    [[ -n $PG_DIR ]] || return 0
    if [[ -f $PG_DIR/data/postmaster.pid ]]; then
        # fast: disconnect clients and shut down cleanly, without waiting for them.
        as_pg "$PG_BIN/pg_ctl" --pgdata="$PG_DIR/data" --mode=fast --wait --timeout=30 stop \
            >/dev/null 2>&1 ||
            as_pg "$PG_BIN/pg_ctl" --pgdata="$PG_DIR/data" --mode=immediate --wait --timeout=10 stop \
                >/dev/null 2>&1 || true
    fi
    # Keep the server's log with the others before the directory goes.
    if [[ -n $PG_SERVER_LOG && -f $PG_DIR/server.log ]]; then
        cp "$PG_DIR/server.log" "$PG_SERVER_LOG" 2>/dev/null || true
    fi
    rm -rf "$PG_DIR"
    PG_DIR=""
}
