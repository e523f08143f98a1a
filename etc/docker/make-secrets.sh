#!/usr/bin/env bash
# Prints a compose .env with fresh secrets every Forge host must share (README "Running several hosts"):
#   etc/docker/make-secrets.sh > etc/docker/.env
# FORGE_PII_KEY: AES-256 key for PII at rest (Forge:Security:PiiKey). Losing it loses every protected field.
# FORGE_OAUTH_*_KEY_PEM: RSA keys that sign and encrypt OAuth tokens (Forge:OAuth:SigningKeyPem, EncryptionKeyPem).
set -euo pipefail
pem() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null; }
echo "FORGE_DB_PASSWORD=$(openssl rand -hex 24)"
echo "FORGE_PII_KEY=$(openssl rand -base64 32)"
printf 'FORGE_OAUTH_SIGNING_KEY_PEM="%s"\n' "$(pem)"
printf 'FORGE_OAUTH_ENCRYPTION_KEY_PEM="%s"\n' "$(pem)"
