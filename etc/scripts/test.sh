#!/usr/bin/env bash
# The whole test suite, from a fresh clone: starts PostgreSQL and Redis, restores tools, builds,
# then runs every test project against SQLite, and again against PostgreSQL the tests marked
# [ProviderSensitive] (trait Provider=Both: queries, concurrency, migrations, crash recovery, ...),
# then lints the OpenAPI documents.
# Ends with "tests: N passed, M failed"; exits non-zero if anything failed or did not run.
set -uo pipefail
cd "$(dirname "$0")/../.."

bash etc/scripts/start-services.sh || { echo "could not start test services"; echo "tests: 0 passed, 1 failed"; exit 1; }
dotnet tool restore >/dev/null
if ! dotnet build Forge.sln -nologo -v q; then echo "build failed"; echo "tests: 0 passed, 1 failed"; exit 1; fi

export FORGE_TEST_PG="Host=127.0.0.1;Port=5432;Username=forge;Password=forge"
export FORGE_TEST_REDIS="127.0.0.1:6379"
passed=0; failed=0; status=0
log=$(mktemp)
for db in Sqlite PostgreSql; do
  filter=${FORGE_TEST_FILTER:-}
  if [ "$db" = PostgreSql ]; then filter=${filter:+($filter)&}Provider=Both; fi
  echo "=== test run on $db${filter:+ (filter: $filter)} ==="
  FORGE_TEST_DB=$db dotnet test Forge.sln --no-build --nologo ${filter:+--filter "$filter"} 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  # One summary line per test assembly: "Passed!  - Failed: 0, Passed: 15, Skipped: 0, ..."
  p=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  f=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  grep -qE '(Passed|Failed)! ' "$log" || { echo "no test results on $db"; status=1; f=$(( ${f:-0} + 1 )); }
  passed=$(( passed + ${p:-0} )); failed=$(( failed + ${f:-0} ))
done
# The OpenAPI documents' lint (ADR 29): one result per document, counted with the tests.
echo "=== OpenAPI lint ==="
bash etc/scripts/lint-openapi.sh 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
summary=$(grep -E '^openapi lint: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
if [ -z "$summary" ]; then echo "OpenAPI lint did not report"; failed=$(( failed + 1 )); status=1
else passed=$(( passed + $(echo "$summary" | awk '{print $3}') )); failed=$(( failed + $(echo "$summary" | awk '{print $5}') )); fi
rm -f "$log"
[ "$failed" -eq 0 ] || status=1
echo "tests: $passed passed, $failed failed"
exit $status
