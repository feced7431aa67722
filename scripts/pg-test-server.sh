#!/usr/bin/env bash
# A throwaway PostgreSQL server for one test run, in a folder of its own:
#
#   scripts/pg-test-server.sh start DIR   a fresh cluster in DIR; prints its URL and writes it
#                                         to DIR/url (postgresql://postgres@127.0.0.1:PORT/postgres)
#   scripts/pg-test-server.sh stop DIR    stops it and removes DIR (nothing to stop is fine)
#
# CTest runs these as the setup and cleanup of the `postgres` fixture (tests/CMakeLists.txt).
# Reachable from this computer only, for the length of the run: it listens on 127.0.0.1 and on
# a socket inside DIR, and trusts whoever connects there, with no password to leak. Nothing in
# it outlives the run, so fsync and the like are off. wal_level=replica and the replication
# lines in pg_hba.conf let a test start a streaming standby from it (pg_basebackup -R).
#
# The programs come from the newest /usr/lib/postgresql/*/bin (Debian keeps them off PATH);
# HUELLAS_PG_BIN names another folder. As root they run as the postgres user, since the server
# refuses to run as root: that user then owns DIR, and needs to reach it.
set -Eeuo pipefail
trap 'echo "pg-test-server: failed at line $LINENO: $BASH_COMMAND" >&2' ERR

if [ $# -ne 2 ] || [ -z "$2" ]; then
    echo "usage: pg-test-server.sh start|stop DIR" >&2
    exit 2
fi
action=$1
dir=$(realpath -m -- "$2")
# Only folders this script made are ever deleted: DIR comes from the command line.
marker=.pg-test-server
data=$dir/data
log=$dir/server.log

fail() {
    echo "pg-test-server: $*" >&2
    exit 1
}

newest_bin_dir() {
    local dirs=(/usr/lib/postgresql/*/bin)
    [ -d "${dirs[0]}" ] && printf '%s\n' "${dirs[@]}" | sort -V | tail -n 1
}
bin=${HUELLAS_PG_BIN:-$(newest_bin_dir || true)}
install_hint="Install it (scripts/install-deps.sh: postgresql) or set HUELLAS_PG_BIN."

as_root() { [ "$(id -u)" -eq 0 ]; }

# Runs one of the server's programs (pg initdb ...) as the user the server runs as.
pg() {
    local program=$bin/$1
    shift
    [ -x "$program" ] || fail "$program not found. $install_hint"
    if as_root; then
        runuser -u postgres -- "$program" "$@"
    else
        "$program" "$@"
    fi
}

show_log() {
    [ -f "$log" ] || return 0
    echo "--- last lines of $log:" >&2
    tail -n 25 "$log" >&2
}

# The server still running from DIR (a run that was killed before its cleanup), if any.
stop_server() {
    [ -f "$data/postmaster.pid" ] || return 0
    pg pg_ctl -D "$data" -m fast -w -t 60 stop >/dev/null 2>&1 && return 0
    # pg_ctl status: 3 means nothing runs (the postmaster.pid was stale).
    local status=0
    pg pg_ctl -D "$data" status >/dev/null 2>&1 || status=$?
    [ "$status" -eq 3 ] && return 0
    pg pg_ctl -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
        fail "the server running from $data does not stop"
}

remove_dir() {
    [ -e "$dir" ] || return 0
    if [ ! -f "$dir/$marker" ] && [ -n "$(ls -A "$dir")" ]; then
        fail "$dir was not made by this script (no $marker in it): not deleting it"
    fi
    rm -rf -- "$dir"
}

make_dir() {
    mkdir -p -- "$dir"
    touch "$dir/$marker"
    if as_root; then
        id postgres >/dev/null 2>&1 ||
            fail "there is no postgres user to run the server as (the package postgresql makes it)"
        chown -R postgres: "$dir"
        runuser -u postgres -- test -w "$dir" ||
            fail "the postgres user cannot write $dir: a parent folder is closed to other users"
    fi
}

write_config() {
    local socket_dir=${dir//\'/\'\'} # quotes doubled inside a quoted setting
    cat >"$data/pg_hba.conf" <<'EOF'
# scripts/pg-test-server.sh: this computer only, no password (a throwaway server).
# TYPE  DATABASE     USER  ADDRESS       METHOD
local   all          all                 trust
host    all          all   127.0.0.1/32  trust
local   replication  all                 trust
host    replication  all   127.0.0.1/32  trust
EOF
    cat >>"$data/postgresql.conf" <<EOF

# scripts/pg-test-server.sh: a throwaway server for one test run.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$socket_dir'
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = replica
max_wal_senders = 4
EOF
}

# A port nothing listens on at 127.0.0.1, below Linux's ephemeral range (32768-60999) so that
# no outgoing connection holds it. bash's /dev/tcp connects only when something listens; the
# server's own bind is the final word, and start_on_free_port tries again if it loses a race.
free_port() {
    local port try
    for ((try = 0; try < 100; try++)); do
        port=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

start_on_free_port() {
    local try
    for ((try = 1; try <= 5; try++)); do
        port=$(free_port) || fail "no free port found on 127.0.0.1"
        rm -f -- "$log" # pg_ctl creates it, owned by the server's user
        pg pg_ctl -D "$data" -l "$log" -o "-p $port" -w -t 60 start >/dev/null 2>&1 && return 0
        grep -q 'could not bind\|Address already in use' "$log" 2>/dev/null || break
    done
    show_log
    fail "the server did not start (last port tried: $port)"
}

start() {
    [ -x "$bin/initdb" ] ||
        fail "no PostgreSQL server in '${bin:-/usr/lib/postgresql/*/bin}'. $install_hint"
    # The socket's path must fit in 107 bytes: DIR plus "/.s.PGSQL.NNNNN".
    [ ${#dir} -le 92 ] || fail "$dir is too long for the server's socket (92 characters at most)"
    stop_server
    remove_dir
    make_dir
    pg initdb -D "$data" --username=postgres --encoding=UTF8 --locale=C.UTF-8 --auth=trust \
        >"$dir/initdb.log" 2>&1 || {
        tail -n 25 "$dir/initdb.log" >&2
        fail "initdb failed (log: $dir/initdb.log)"
    }
    write_config
    start_on_free_port
    if ! pg pg_isready -h 127.0.0.1 -p "$port" -U postgres -d postgres -t 30 >/dev/null; then
        show_log
        stop_server
        fail "the server started but does not accept connections on 127.0.0.1:$port"
    fi
    local url=postgresql://postgres@127.0.0.1:$port/postgres
    echo "$url" >"$dir/url"
    echo "$url"
}

case $action in
start) start ;;
stop)
    stop_server
    remove_dir
    ;;
*) fail "unknown action '$action' (start or stop)" ;;
esac
