#!/bin/sh
# Checks the Agents Toolkit project with the toolkit itself, offline:
#  1. its own parser and schema check (teamsfx-core YamlParser) on m365agents*.yml,
#  2. `atk validate --manifest-file` (Microsoft's manifest schema, bundled) on the
#     package `npm run package` builds.
# The CLI (~550 packages) goes into a temporary folder, never into the project:
#   sh scripts/check-agents-toolkit.sh            (installs @microsoft/m365agentstoolkit-cli@1.1.17)
#   ATK_DIR=/tmp/atk sh scripts/check-agents-toolkit.sh   (reuses an install there)
# `atk validate --package-file` (the Developer Portal's rules) needs a Microsoft 365 sign-in: not done here.
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
version="${ATK_VERSION:-1.1.17}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
atk_dir="${ATK_DIR:-$work/atk}"
if [ ! -x "$atk_dir/node_modules/.bin/atk" ]; then
  mkdir -p "$atk_dir"
  (cd "$atk_dir" && npm init -y >/dev/null && npm install --prefer-offline --no-audit --no-fund --ignore-scripts "@microsoft/m365agentstoolkit-cli@$version" >/dev/null)
fi
core="$atk_dir/node_modules/@microsoft/teamsfx-core"

for file in m365agents.yml m365agents.local.yml; do
  ATK_CORE="$core" YML="$root/$file" node -e '
    const { yamlParser } = require(process.env.ATK_CORE + "/build/component/configManager/parser.js");
    yamlParser.parse(process.env.YML, true).then((r) => {
      if (r.isErr()) { console.error("FEL " + process.env.YML + ": " + r.error.message); process.exit(1); }
      const stages = ["provision", "deploy", "publish"].filter((s) => r.value[s]).map((s) => s + " (" + r.value[s].driverDefs.length + ")");
      console.log("ok  " + process.env.YML.split("/").pop() + " " + r.value.version + ": " + stages.join(", "));
    });'
done

(cd "$root" && TEAMS_APP_ID=5e1a7e57-0000-4000-8000-00000000d001 MICROSOFT_APP_ID=5e1a7e57-0000-4000-8000-00000000d002 PUBLIC_URL=https://tillit.kommun.example npm run package --silent -- "$work/appPackage.zip" >/dev/null)
mkdir -p "$work/appPackage"
(cd "$work/appPackage" && node -e '
  const JSZip = require(process.argv[1]);
  const fs = require("fs");
  JSZip.loadAsync(fs.readFileSync(process.argv[2])).then(async (zip) => {
    for (const name of Object.keys(zip.files)) fs.writeFileSync(name, await zip.file(name).async("nodebuffer"));
  });' "$root/node_modules/jszip" "$work/appPackage.zip")
(cd "$work" && "$atk_dir/node_modules/.bin/atk" validate --manifest-file ./appPackage/manifest.json --telemetry false -i false)
