#!/usr/bin/env bash
# NotionForge preview latency over HTTP (etc/benchmarks.md, issue 11 acceptance 7): POST /api/templates/preview through
# the real host on loopback, interleaved with GET /health/live; prints p50/p95 of both and their ratio.
# Usage: etc/scripts/bench-notionforge-preview.sh  (FORGE_TEST_DB=PostgreSql for PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build test/Forge.NotionForge.Tests -nologo -v q >/dev/null
dotnet test test/Forge.NotionForge.Tests --no-build --filter "FullyQualifiedName~PreviewLatencyBenchTests" \
  --logger "console;verbosity=detailed" | grep -o "BENCH .*"
