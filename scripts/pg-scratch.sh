#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests (Debian's packages; PostgreSQL refuses to run as
# root, so as the postgres user when we are root).
#   scripts/pg-scratch.sh start DIR   → initdb in DIR, start on a free 127.0.0.1 port, print the URL
#   scripts/pg-scratch.sh stop DIR    → stop it (the data stays in DIR; remove DIR to drop it)
# PG_SCRATCH_OPTS: server settings (default "-c fsync=off": a test cluster need not survive a crash).
set -euo pipefail
cmd=${1:?usage: pg-scratch.sh start|stop DIR}
dir=${2:?usage: pg-scratch.sh start|stop DIR}
bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
[ -x "$bin/initdb" ] || { echo "pg-scratch: $bin/initdb not found; install Debian's postgresql-15" >&2; exit 1; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    chmod 700 "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    # a free port: ask the kernel for one
    port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c max_connections=200 ${PG_SCRATCH_OPTS:--c fsync=off}" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -f "$dir/data/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  *) echo "pg-scratch: unknown command $cmd (start or stop)" >&2; exit 2 ;;
esac
