#!/usr/bin/env node
/**
 * For scripts/check-docker-build-stage.sh: reads NUL-separated paths (git
 * ls-files -z) on stdin, copies those .dockerignore lets into the build
 * context to the folder given as argument, and prints the build stage's RUN
 * lines (continuations joined) from ./Dockerfile, one per line.
 */
import fs from 'node:fs';
import path from 'node:path';

/** .dockerignore patterns (Go filepath.Match plus **, leading / ignored, ! re-includes). */
export function dockerignoreMatcher(text) {
  const rules = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const negate = l.startsWith('!');
      const pattern = (negate ? l.slice(1) : l).replace(/^\/+/, '').replace(/\/+$/, '');
      const source = pattern
        .split('/')
        .map((part) => (part === '**' ? '.*' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')))
        .join('/');
      return { negate, regex: new RegExp(`^${source.replace(/\.\*\//g, '(?:.*/)?')}(?:/.*)?$`) };
    });
  return (file) => rules.reduce((ignored, rule) => (rule.regex.test(file) ? !rule.negate : ignored), false);
}

/** RUN instructions of the stage named `stage`, continuation lines joined. */
export function stageRunLines(dockerfile, stage) {
  const lines = dockerfile.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  const runs = [];
  let inStage = false;
  for (const line of lines) {
    const from = /^\s*FROM\s+\S+(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) inStage = (from[1] ?? '').toLowerCase() === stage;
    else if (inStage && /^\s*RUN\s/i.test(line)) runs.push(line.replace(/^\s*RUN\s+/i, '').replace(/\s+/g, ' ').trim());
  }
  return runs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = process.argv[2];
  const ignored = dockerignoreMatcher(fs.readFileSync('.dockerignore', 'utf8'));
  const files = fs.readFileSync(0, 'utf8').split('\0').filter(Boolean);
  for (const file of files) {
    if (ignored(file) || !fs.existsSync(file)) continue;
    fs.mkdirSync(path.join(target, path.dirname(file)), { recursive: true });
    fs.copyFileSync(file, path.join(target, file));
  }
  process.stdout.write(`${stageRunLines(fs.readFileSync('Dockerfile', 'utf8'), 'build').join('\n')}\n`);
}
