#!/usr/bin/env bash
# Adds a migration for every provider of one context, so the three sets never drift apart.
#   etc/scripts/add-migration.sh <Name> [project-dir] [context-base-name] [output-dir]
# e.g. etc/scripts/add-migration.sh AddInvoices host/Forge.Host Platform
#      etc/scripts/add-migration.sh Initial modules/fortune/Forge.Fortune Fortune EntityFrameworkCore/Migrations
set -euo pipefail
cd "$(dirname "$0")/../.."
name=${1:?migration name}
project=${2:-host/Forge.Host}
context=${3:-Platform}
output=${4:-Data/Migrations}
dotnet tool restore >/dev/null
dotnet build "$project" -v q -nologo >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  dotnet ef migrations add "$name" --no-build --project "$project" \
    --context "${provider}${context}DbContext" --output-dir "$output/$provider"
done
