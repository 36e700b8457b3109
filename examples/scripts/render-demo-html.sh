#!/usr/bin/env bash
# Renders the demo school's HTML report in headless Chromium to a PNG, to look at it.
# Needs: the built jar (mvn -B -q -DskipTests package) and Debian's chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(realpath -m "${1:-target/demo-report}")
mkdir -p "$(dirname "$out")"
java -jar examples/target/sinkron.jar demo --format html --out "$out.html" || [ $? -eq 1 ]
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1280,2400 \
  --screenshot="$out.png" "file://$out.html" 2>/dev/null
rm -rf "$profile"
echo "$out.html -> $out.png"
