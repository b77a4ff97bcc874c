#!/usr/bin/env node
// Before `npm test`: make sure what the tests need outside npm is there —
// Debian's Chromium for the E2E tests and a running PostgreSQL — installing
// or starting it when this machine allows (root with apt-get / pg_ctlcluster),
// and saying exactly what to do when it does not.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function fail(message) {
  console.error(`\n[tillit test] ${message}\n`);
  process.exit(1);
}

if (!fs.existsSync(chromium)) {
  if (isRoot && has('apt-get')) {
    console.log('[tillit test] Chromium saknas – installerar Debians chromium med apt-get …');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji', { stdio: 'inherit' });
  } else {
    fail(`Chromium saknas (${chromium}). Installera: sudo apt-get install -y chromium`);
  }
}

// Not needed for a test to pass: the screenshots show the cards' traffic-light emoji as Teams does.
const emojiFont = '/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf';
if (!fs.existsSync(emojiFont) && isRoot && has('apt-get')) {
  const installed = spawnSync('sh', ['-c', 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-color-emoji'], { stdio: 'ignore' });
  if (installed.status !== 0) console.log('[tillit test] Emoji-typsnittet (fonts-noto-color-emoji) kunde inte installeras; skärmbilderna visar rutor i stället för trafikljus.');
}

const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const reachable = () =>
  new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 5432) });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.setTimeout(2000, () => (socket.destroy(), resolve(false)));
  });

if (!(await reachable())) {
  if (isRoot && has('pg_ctlcluster') && fs.existsSync('/etc/postgresql')) {
    const version = fs.readdirSync('/etc/postgresql')[0];
    console.log(`[tillit test] PostgreSQL svarar inte – startar kluster ${version}/main …`);
    execSync(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`, { stdio: 'inherit' });
    for (let i = 0; i < 20 && !(await reachable()); i++) await new Promise((r) => setTimeout(r, 500));
  }
  if (!(await reachable())) fail(`PostgreSQL svarar inte på ${url.host}. Starta den eller sätt TEST_DATABASE_URL.`);
}
