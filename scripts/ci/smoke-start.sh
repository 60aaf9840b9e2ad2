#!/usr/bin/env bash
# Smoke test of `npm start` in embedded mode on a clean data folder: it boots, is ready,
# serves the SPA and a valid OpenAPI document, the printed demo login works, and a second
# start reuses the data.
set -uo pipefail
REPORTS=${1:-$(mktemp -d)}
PORT=${SMOKE_PORT:-3300}
DATA_DIR=$(mktemp -d)/.data
BASE=http://127.0.0.1:$PORT
export PORT DATA_DIR HOST=127.0.0.1 LOG_LEVEL=warn
unset DATABASE_URL REDIS_URL

fail() { echo "✖ smoke: $*"; [ -f "$LOG" ] && tail -n 60 "$LOG"; stop_app; exit 1; }
# npm start runs in its own process group, so stopping it stops the API it spawned too.
stop_app() {
  [ -n "${APP_PID:-}" ] || return 0
  kill -TERM -- "-$APP_PID" 2>/dev/null
  wait "$APP_PID" 2>/dev/null
  for _ in $(seq 1 30); do curl -fsS "$BASE/api/v1/health" >/dev/null 2>&1 || break; sleep 1; done
  APP_PID=
}

start_app() {
  LOG=$(mktemp)
  if curl -fsS "$BASE/api/v1/health" >/dev/null 2>&1; then fail "port $PORT is already serving"; fi
  setsid npm start -- "$@" >"$LOG" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do
    if curl -fsS "$BASE/api/v1/health/ready" >/dev/null 2>&1; then return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || fail "npm start exited before it was ready"
    sleep 1
  done
  fail "not ready after 180 s"
}

demo_login() {
  local email password
  for _ in $(seq 1 20); do grep -q 'Senha:' "$LOG" && break; sleep 0.5; done
  email=$(grep -oE 'E-mail: +[^ ]+' "$LOG" | head -n1 | awk '{print $2}')
  password=$(grep -oE 'Senha: +[^ ]+' "$LOG" | head -n1 | awk '{print $2}')
  [ -n "$email" ] && [ -n "$password" ] || fail "npm start did not print the demo login"
  curl -fsS -X POST "$BASE/api/v1/auth/login" -H 'content-type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" | grep -q '"access_token"' || fail "demo login refused"
  echo "demo login works for $email"
}

start_app
curl -fsS "$BASE/api/v1/health/ready" | grep -q '"mode":"embedded"' || fail "ready, but not in embedded mode"
curl -fsS "$BASE/" | grep -q '<div id="root">' || fail "/ does not serve the SPA"
curl -fsS "$BASE/pipeline" | grep -q '<div id="root">' || fail "deep links do not fall back to the SPA"
curl -fsS "$BASE/api/openapi.json" -o "$REPORTS/openapi.json" || fail "no OpenAPI document"
npx redocly lint --config .redocly.yaml "$REPORTS/openapi.json" || fail "OpenAPI lint failed"
demo_login
stop_app

echo "second start reuses $DATA_DIR"
start_app --no-build
grep -q 'initialising embedded PostgreSQL' "$LOG" && fail "the second start initialised a new database"
demo_login
stop_app
echo "smoke test passed"
