#!/usr/bin/env bash
# Lints each OpenAPI document (ADR 29) with Spectral and the committed ruleset etc/openapi/spectral.yaml.
# The documents are the committed snapshots etc/openapi/<name>.json, which Forge.OpenApi.Tests'
# OpenApiSnapshotTests proves equal to what the host serves at /openapi/<name>.json.
# Prints one line per document and ends with "openapi lint: N passed, M failed"; exits non-zero on any error.
set -uo pipefail
cd "$(dirname "$0")/../.."

SPECTRAL="@stoplight/spectral-cli@6.16.3"
ruleset=etc/openapi/spectral.yaml
passed=0; failed=0
shopt -s nullglob
documents=(etc/openapi/*.json)
if [ ${#documents[@]} -eq 0 ]; then echo "no OpenAPI documents in etc/openapi"; echo "openapi lint: 0 passed, 1 failed"; exit 1; fi
for document in "${documents[@]}"; do
  # --fail-severity error: warnings are shown, only errors fail the document.
  if output=$(npx --yes "$SPECTRAL" lint "$document" --ruleset "$ruleset" --fail-severity error 2>&1); then
    passed=$((passed + 1)); echo "openapi lint: $document ok"
  else
    failed=$((failed + 1)); echo "openapi lint: $document FAILED"; echo "$output"
  fi
done
echo "openapi lint: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
