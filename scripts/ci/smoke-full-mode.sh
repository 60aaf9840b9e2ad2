#!/usr/bin/env bash
# Smoke test of `npm start` in full mode (DATABASE_URL + REDIS_URL) on an empty database:
# the first boot migrates it, the API gets ready, the queue worker starts beside it, an API
# key's change reaches a webhook receiver through the worker process, and Ctrl-C stops both.
set -uo pipefail
: "${DATABASE_URL:?the server to create the scratch database on}" "${REDIS_URL:?}"
PORT=${SMOKE_FULL_PORT:-3301}
BASE=http://127.0.0.1:$PORT
DB=loved_smoke_full_$$
DB_URL=$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$DATABASE_URL" "$DB")
LOG=$(mktemp)

psql "$DATABASE_URL" -qc "CREATE DATABASE $DB" || exit 1
cleanup() { psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1; }
fail() { echo "✖ full-mode smoke: $*"; tail -n 40 "$LOG"; kill -TERM -- "-$APP_PID" 2>/dev/null; cleanup; exit 1; }

DATABASE_URL=$DB_URL PORT=$PORT HOST=127.0.0.1 LOG_LEVEL=info QUEUE_PREFIX="smoke$$" \
  setsid npm start -- --no-build >"$LOG" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  grep -q 'Loved CRM worker started' "$LOG" && break
  kill -0 "$APP_PID" 2>/dev/null || fail "npm start exited"
  sleep 1
done
curl -fsS "$BASE/api/v1/health/ready" | grep -q '"mode":"full"' || fail "API not ready in full mode"
grep -q 'empty database: applying every migration' "$LOG" || fail "the first boot did not migrate"
grep -q 'Loved CRM worker started' "$LOG" || fail "no worker beside the API"
node scripts/ci/webhook-full-mode-check.mjs "$BASE" || fail "API key + outbound webhook round trip"

kill -INT -- "-$APP_PID"
wait "$APP_PID"
pgrep -f "dist/apps/api/(main|worker).mjs" >/dev/null && fail "a process outlived Ctrl-C"
cleanup
echo "full-mode smoke test passed"
