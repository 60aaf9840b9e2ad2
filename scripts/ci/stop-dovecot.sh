#!/usr/bin/env bash
# Stops the test Dovecot that scripts/ci/start-dovecot.sh started (same MAIL_TEST_DIR), and
# nothing else: it signals the master whose pid that instance wrote. Mail is left in place.
set -euo pipefail

DIR=${MAIL_TEST_DIR:-/tmp/loved-dovecot}
PID_FILE="$DIR/run/master.pid"

if [ ! -s "$PID_FILE" ]; then
  echo "dovecot: no instance recorded in $DIR"
  exit 0
fi
PID=$(cat "$PID_FILE")
if ! kill -0 "$PID" 2>/dev/null; then
  echo "dovecot: instance $PID in $DIR is not running"
  exit 0
fi
kill -TERM "$PID"
for _ in $(seq 1 50); do
  kill -0 "$PID" 2>/dev/null || {
    echo "dovecot: stopped $PID"
    exit 0
  }
  sleep 0.1
done
echo "dovecot: $PID still running after 5 s" >&2
exit 1
