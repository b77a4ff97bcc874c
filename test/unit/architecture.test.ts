import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

describe('architecture', () => {
  it('sees the code it checks: every folder has files, and the import scanner finds the imports that are allowed', () => {
    for (const dir of ['src', 'cards', 'bot', 'cli']) expect(sourceFiles(dir).length, dir).toBeGreaterThan(10);
    const imports = (dir: string) => sourceFiles(dir).flatMap(importsOf);
    // The same patterns the rules below forbid do match where they are allowed, so an empty list means something.
    expect(imports('bot').filter((i) => /^botbuilder/.test(i)).length).toBeGreaterThan(0);
    expect(imports('bot').filter((i) => /^@microsoft\/agents-/.test(i)).length).toBeGreaterThan(0);
    expect(imports('bot').filter((i) => /\/cards\//.test(i)).length).toBeGreaterThan(0);
    expect(imports('src').filter((i) => /^kysely/.test(i)).length).toBeGreaterThan(0);
    expect(imports('cli').filter((i) => /\/bot\//.test(i)).length).toBeGreaterThan(0);
  });

  it('keeps botbuilder, the Agents SDK, adaptivecards and bot/ out of src/', () => {
    const offenders = sourceFiles('src')
      .filter((f) => !f.includes(`${path.sep}tab${path.sep}`))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => /^botbuilder|^botframework|^@microsoft\/agents-|^adaptivecards|\/bot\/|\/cards\/|\/cli\//.test(i))
          .map((i) => `${path.relative(root, f)} → ${i}`),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps each SDK in its own folder of bot/: nothing else there (handlers, routes, the HTTP server) knows which SDK runs', () => {
    const sdkImport = /^botbuilder|^botframework|^@microsoft\/agents-/;
    const glue = [`bot${path.sep}botbuilder${path.sep}`, `bot${path.sep}agents${path.sep}`];
    const bot = sourceFiles('bot');
    // The scanner sees both SDKs where they belong, so an empty list of offenders means something.
    expect(bot.filter((f) => f.includes(glue[0]!)).flatMap(importsOf).some((i) => /^botbuilder/.test(i))).toBe(true);
    expect(bot.filter((f) => f.includes(glue[1]!)).flatMap(importsOf).some((i) => /^@microsoft\/agents-hosting/.test(i))).toBe(true);
    const offenders = bot
      .filter((f) => !glue.some((g) => path.relative(root, f).startsWith(g)))
      .flatMap((f) => importsOf(f).filter((i) => sdkImport.test(i)).map((i) => `${path.relative(root, f)} → ${i}`));
    expect(offenders).toEqual([]);
    // And neither SDK's glue reaches into the other's.
    const crossing = bot.flatMap((f) => {
      const rel = path.relative(root, f);
      const other = rel.startsWith(glue[0]!) ? /^@microsoft\/agents-|\/agents\// : rel.startsWith(glue[1]!) ? /^botbuilder|^botframework|\/botbuilder\// : undefined;
      return other ? importsOf(f).filter((i) => other.test(i)).map((i) => `${rel} → ${i}`) : [];
    });
    expect(crossing).toEqual([]);
  });

  it('keeps cards/ pure: no botbuilder, no bot/, no storage', () => {
    const offenders = sourceFiles('cards').flatMap((f) =>
      importsOf(f).filter((i) => /^botbuilder|^@microsoft\/agents-|\/bot\/|\/storage\/|^kysely|^pg$|^better-sqlite3/.test(i)).map((i) => `${path.relative(root, f)} → ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps bot/ from depending on the CLI', () => {
    const offenders = sourceFiles('bot').flatMap((f) => importsOf(f).filter((i) => /\/cli\//.test(i)).map((i) => `${path.relative(root, f)} → ${i}`));
    expect(offenders).toEqual([]);
  });
});
