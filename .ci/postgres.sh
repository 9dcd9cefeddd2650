# Sourced by .ci/run: a throwaway PostgreSQL server for StreamCat's database tests (ivs-examples), which read
# STREAMCAT_TEST_POSTGRES_URL, _USER and _PASSWORD, and fail rather than skip when STREAMCAT_TEST_POSTGRES_REQUIRED
# is true. Debian's postgresql package is installed when missing (as root). The server runs as the postgres user
# (PostgreSQL refuses to run as root) from a temporary data directory, on 127.0.0.1 only, with a random password
# for a role that owns one database; it is stopped and removed when the calling shell exits.
# Set STREAMCAT_TEST_POSTGRES_URL beforehand to use a server of your own instead.

if [ -z "${STREAMCAT_TEST_POSTGRES_URL:-}" ]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
      echo "PostgreSQL is not installed and this is not root: install Debian's postgresql package, or set" \
        "STREAMCAT_TEST_POSTGRES_URL, _USER and _PASSWORD to a server of your own" >&2
      exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_port=${STREAMCAT_TEST_POSTGRES_PORT:-54329}
  pg_dir=$(mktemp -d /tmp/streamcat-postgres.XXXXXX)
  pg_password=$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$pg_dir"
    as_postgres() { su postgres -s /bin/sh -c "$*"; }
  else
    as_postgres() { sh -c "$*"; }
  fi
  # Local (socket) connections trust the OS user; TCP ones need the password (SCRAM).
  as_postgres "'$pg_bin/initdb' -D '$pg_dir/data' -U postgres --auth-local=trust --auth-host=scram-sha-256" \
    >"$pg_dir/initdb.log" 2>&1 || { cat "$pg_dir/initdb.log" >&2; exit 1; }
  as_postgres "'$pg_bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/server.log' -w -t 60 \
    -o \"-p $pg_port -k '$pg_dir' -c listen_addresses=127.0.0.1 -c max_connections=200\" start" >/dev/null \
    || { cat "$pg_dir/server.log" >&2; exit 1; }
  stop_postgres() {
    as_postgres "'$pg_bin/pg_ctl' -D '$pg_dir/data' -m fast -w stop" >/dev/null 2>&1
    rm -rf "$pg_dir"
  }
  trap stop_postgres EXIT
  trap 'exit 143' INT TERM
  as_postgres "'$pg_bin/psql' -h '$pg_dir' -p $pg_port -U postgres -v ON_ERROR_STOP=1 -q \
    -c \"CREATE ROLE streamcat LOGIN PASSWORD '$pg_password'\" -c 'CREATE DATABASE streamcat_test OWNER streamcat'" \
    || exit 1
  export STREAMCAT_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$pg_port/streamcat_test"
  export STREAMCAT_TEST_POSTGRES_USER=streamcat
  export STREAMCAT_TEST_POSTGRES_PASSWORD="$pg_password"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') for the tests at $STREAMCAT_TEST_POSTGRES_URL"
fi
export STREAMCAT_TEST_POSTGRES_REQUIRED=true
