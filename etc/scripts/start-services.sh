#!/usr/bin/env bash
# Installs (on a brand-new Debian machine) and starts the services the tests use, on loopback:
# PostgreSQL with a 'forge' role (password 'forge', may create databases) and Redis; nginx (installed only: the
# cluster test starts its own); and Debian's
# Chromium for the console tests (test/Forge.Console.Tests drive /usr/bin/chromium, or $FORGE_CHROMIUM,
# with Playwright; they never download a browser).
set -euo pipefail

need=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
[ -x /usr/bin/chromium ] || [ -n "${FORGE_SKIP_CHROMIUM:-}" ] || need+=(chromium)
[ -x /usr/sbin/nginx ] || need+=(nginx) # the cluster test's proxy (ClusterChaosTests, cluster-test.sh)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n1)
if ! pg_lsclusters -h | grep -q online; then
  pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
# From /: the postgres user cannot enter a private checkout (mktemp -d is 0700), and psql would warn about it.
(cd / && { runuser -u postgres -- psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname='forge'" | grep -q 1 \
  || runuser -u postgres -- psql -qc "CREATE ROLE forge LOGIN PASSWORD 'forge' CREATEDB"; })

if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no >/dev/null
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
echo "services: postgresql $version and redis on 127.0.0.1; $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium missing')"
