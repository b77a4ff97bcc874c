#!/bin/sh
# Replays the Dockerfile's build stage on this machine, without Docker:
# copies the build context (git ls-files minus .dockerignore) to a temporary
# folder, runs the build stage's RUN lines there in order (npm offline-first,
# from the local cache), then checks that the result runs (`tillit --help`)
# and holds no dev dependencies. Prints how long each step took.
#   sh scripts/check-docker-build-stage.sh
# Measured on the 2-core build machine: 2 min 51 s wall when quiet, 9 min 42 s
# (582 s) at load average 15; 2 min 20 s of CPU either way, most of it npm
# rebuild compiling better-sqlite3 from source (no prebuilt binary offline).
# Too slow for CI, so a script and not a test.
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
git ls-files -z | node "$root/scripts/docker-context.mjs" "$work" > "$work/.run-lines"
cd "$work"
export npm_config_prefer_offline=true npm_config_update_notifier=false
start=$(date +%s)
while IFS= read -r line; do
  step=$(date +%s)
  echo "RUN $line"
  sh -ec "$line"
  echo "    ($(( $(date +%s) - step )) s)"
done < .run-lines
node dist/cli/tillit.js --help > /dev/null
for dev in typescript vitest tsx playwright-core @microsoft/m365agentsplayground; do
  if [ -e "node_modules/$dev" ]; then echo "check-docker-build-stage: fel: dev-beroendet $dev finns kvar efter prune" >&2; exit 1; fi
done
echo "check-docker-build-stage: ok, byggsteget lyckades på $(( $(date +%s) - start )) s; tillit --help fungerar; inga dev-beroenden kvar."
