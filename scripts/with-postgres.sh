#!/usr/bin/env bash
# Runs COMMAND with a throwaway PostgreSQL 15 cluster on loopback, and always removes the cluster.
#
#   scripts/with-postgres.sh swift test
#
# The cluster lives in a temporary folder, listens on 127.0.0.1 at a free port and on a socket in that
# folder, and trusts loopback connections (it is reachable from this machine only, and gone afterwards).
# COMMAND sees HIRESCORE_TEST_POSTGRES=postgresql://hirescore_admin@127.0.0.1:PORT/hirescore_test, a
# superuser that the store tests use to create databases, roles and login users of their own, and
# HIRESCORE_TEST_PRIVATE_CLUSTERS, a folder where tests make clusters of their own (stopped and removed with it).
# The server refuses to run as root: as root (CI) the cluster is made and run as the 'postgres' user.
# As root, PostgreSQL 15 is installed from Debian when it is missing.
set -euo pipefail
if [ "$#" -eq 0 ]; then
  echo "usage: scripts/with-postgres.sh COMMAND [ARGUMENT...]" >&2
  exit 2
fi
bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/initdb" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: PostgreSQL 15 is not installed ($bin/initdb is missing); install it with 'apt-get install postgresql-15'" >&2
    exit 1
  fi
  echo "==> installing postgresql-15" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql-15 > /dev/null
fi

# initdb runs shell commands as the 'postgres' user that write to /dev/null; a /dev/null replaced by a regular
# file (a program that wrote "-o /dev/null" by renaming a file over it) makes initdb fail with an obscure error.
if [ ! -c /dev/null ]; then
  echo "error: /dev/null is not the null device (a file was moved over it); restore it as root with" >&2
  echo "       'mknod -m 666 /dev/null.new c 1 3 && mv -f /dev/null.new /dev/null'" >&2
  exit 1
fi
cluster="$(mktemp -d /tmp/hirescore-pg.XXXXXX)"
as_server() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$cluster"
  as_server() { su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; }
fi
cleanup() {
  # The clusters tests make of their own (PrivatePostgresCluster) live in $cluster/private: stopped here too, for a
  # test that was killed before it could stop them.
  for data in "$cluster"/private/*/data; do
    [ -d "$data" ] && as_server "$bin/pg_ctl" -D "$data" -m immediate -w stop > /dev/null 2>&1 || true
  done
  as_server "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop > /dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap cleanup EXIT

# A free port: ask the kernel for one, then hand it to the server (a race with another program is unlikely
# and makes pg_ctl fail loudly, never silently).
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
as_server "$bin/initdb" -D "$cluster/data" -U hirescore_admin --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
  > "$cluster/initdb.log" 2>&1 || { cat "$cluster/initdb.log" >&2; exit 1; }
as_server "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w \
  -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start > /dev/null \
  || { cat "$cluster/server.log" >&2; exit 1; }
"$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U hirescore_admin -d postgres -c "CREATE DATABASE hirescore_test"

mkdir "$cluster/private"
export HIRESCORE_TEST_PRIVATE_CLUSTERS="$cluster/private"
export HIRESCORE_TEST_POSTGRES="postgresql://hirescore_admin@127.0.0.1:$port/hirescore_test?sslmode=disable"
echo "==> PostgreSQL 15 on 127.0.0.1:$port (cluster $cluster, removed afterwards)" >&2
set +e
"$@"
status=$?
set -e
exit "$status"
