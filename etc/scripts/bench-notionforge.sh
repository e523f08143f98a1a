#!/usr/bin/env bash
# NotionForge generation benchmark (etc/benchmarks.md): the acceptance blueprint (5 databases, 10 sub pages, 300 blocks)
# generated through the real host against the fake Notion server at 3 requests/s; prints calls, wall time and the
# estimator's prediction. Usage: etc/scripts/bench-notionforge.sh  (FORGE_TEST_DB=PostgreSql for PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build test/Forge.NotionForge.Tests -nologo -v q >/dev/null
dotnet test test/Forge.NotionForge.Tests --no-build --filter "FullyQualifiedName~TaskScaleTests.The_acceptance_blueprint" \
  --logger "console;verbosity=detailed" | grep -o "BENCH .*"
