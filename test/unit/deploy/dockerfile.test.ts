import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readRepoFile, repoRoot } from '../../helpers/agents-toolkit.js';
// @ts-expect-error plain ESM script without type declarations
import { dockerignoreMatcher, stageRunLines } from '../../../scripts/docker-context.mjs';

type Instruction = { keyword: string; args: string };
type Stage = { image: string; name: string; instructions: Instruction[] };

/** Dockerfile instructions by stage (comments dropped, continuation lines joined). */
function stages(text: string): Stage[] {
  const result: Stage[] = [];
  for (const raw of text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') {
      const [, image = '', name = ''] = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(args) ?? [];
      result.push({ image, name, instructions: [] });
    } else result.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, ' ') });
  }
  return result;
}

const dockerfile = readRepoFile('Dockerfile');
const all = stages(dockerfile);
const runtime = all.at(-1)!;
const build = all.find((s) => s.name === 'build')!;
const of = (stage: Stage, keyword: string) => stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);

describe('Dockerfile', () => {
  it('builds on Node 20 with dev dependencies and runs on Node 20 slim', () => {
    expect(all.map((s) => s.name)).toEqual(['build', 'runtime']);
    expect(build.image).toMatch(/^node:20-/);
    expect(runtime.image).toMatch(/^node:20-.*slim$/);
    const runs = of(build, 'RUN').join(' && ');
    expect(runs).toMatch(/npm ci(?! [^&]*--omit=dev)/);
    expect(runs).toContain('npm run build');
  });

  it('ships no dev dependencies: the runtime copies node_modules only from a build stage that pruned them', () => {
    const runs = of(build, 'RUN');
    const prune = runs.findIndex((r) => /npm prune --omit=dev/.test(r));
    const compile = runs.findIndex((r) => r.includes('npm run build'));
    expect(prune).toBeGreaterThan(compile);
    const copies = of(runtime, 'COPY').filter((c) => c.includes('node_modules'));
    expect(copies).toEqual(['--from=build /app/node_modules ./node_modules']);
    expect(of(runtime, 'RUN').join(' ')).not.toMatch(/npm (ci|install)(?! [^&]*--omit=dev)/);
  });

  it('runs `tillit serve` as a non-root user, on port 3978', () => {
    const users = of(runtime, 'USER');
    expect(users.length).toBeGreaterThan(0);
    const user = users.at(-1)!.split(':')[0]!;
    expect(['root', '0']).not.toContain(user);
    // USER comes before the process starts and nothing switches back.
    const order = runtime.instructions.map((i) => i.keyword);
    expect(order.lastIndexOf('USER')).toBeLessThan(order.indexOf('ENTRYPOINT'));
    expect(of(runtime, 'ENTRYPOINT')).toEqual(['["node", "dist/cli/tillit.js"]']);
    expect(of(runtime, 'CMD')).toEqual(['["serve"]']);
    expect(of(runtime, 'EXPOSE')).toEqual(['3978']);
  });

  it('checks health on the liveness probe /livez, not /healthz', () => {
    const [healthcheck] = of(runtime, 'HEALTHCHECK');
    expect(healthcheck).toMatch(/CMD .*\/livez/);
    expect(healthcheck).not.toContain('/healthz');
  });

  it('check-docker-build-stage.sh replays exactly the build stage’s RUN lines', () => {
    expect(stageRunLines(dockerfile, 'build')).toEqual(of(build, 'RUN'));
    expect(stageRunLines(dockerfile, 'runtime')).toEqual(of(runtime, 'RUN'));
  });
});

describe('.dockerignore', () => {
  const ignored: (file: string) => boolean = dockerignoreMatcher(readRepoFile('.dockerignore'));
  const tracked = execFileSync('git', ['ls-files'], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter(Boolean);

  it('keeps secrets, local data and build output out of the image', () => {
    for (const file of ['.env', '.env.production', 'env/.env.dev.user', 'data/tillit.sqlite', 'data/tillit-master.key', 'node_modules/pg/index.js', 'dist/cli/tillit.js', '.git/config']) {
      expect(ignored(file), file).toBe(true);
    }
  });

  it('keeps everything the build compiles, and the example plans', () => {
    const include = (JSON.parse(readRepoFile('tsconfig.json')) as { include: string[] }).include;
    const needed = tracked.filter((f) => include.some((dir) => f.startsWith(`${dir}/`)) || f.startsWith('examples/'));
    expect(needed.length).toBeGreaterThan(50);
    expect(needed.filter(ignored)).toEqual([]);
    for (const file of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.browser.json']) expect(ignored(file), file).toBe(false);
  });

  it('leaves tests, docs and deployment files out of the build context', () => {
    for (const file of ['test/unit/architecture.test.ts', 'docs/ARCHITECTURE.md', 'infra/main.bicep', 'm365agents.yml', 'env/.env.dev']) expect(ignored(file), file).toBe(true);
  });
});
