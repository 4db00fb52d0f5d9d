#!/usr/bin/env bash
# A private PostgreSQL cluster for the test suite (GRIDESK_TEST_DB), on a socket folder and a
# free port of its own; nothing of the machine's own PostgreSQL is used or changed.
#
#   eval "$(scripts/pg_test_cluster.sh start /tmp/gridesk-pg)"   # exports GRIDESK_TEST_DB
#   GRIDESK_TEST_DB=... uv run pytest -q                          # the whole suite on it
#   scripts/pg_test_cluster.sh stop /tmp/gridesk-pg
#
# As root (CI) the cluster runs as the `postgres` user; as anyone else, as that user.
# Needs PostgreSQL's server programs (Debian: apt-get install postgresql).
set -euo pipefail

action=${1:?usage: pg_test_cluster.sh start|stop DIR}
dir=${2:?usage: pg_test_cluster.sh start|stop DIR}

bindir=${PG_BINDIR:-}
if [[ -z "$bindir" ]]; then
  if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then
    bindir=$(pg_config --bindir)
  else
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
fi
[[ -x "$bindir/initdb" ]] || { echo "PostgreSQL's initdb not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    mkdir -p "$dir"
    [[ $(id -u) == 0 ]] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale >"$dir/initdb.log" 2>&1
    # a throwaway cluster: no fsync; room for the two-desk tests' connections
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
      "-k $dir -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null
    echo "export GRIDESK_TEST_DB='postgresql://postgres@/postgres?host=$dir&port=$port'"
    ;;
  stop)
    [[ -d "$dir/data" ]] && as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg_test_cluster.sh start|stop DIR" >&2; exit 2
    ;;
esac
