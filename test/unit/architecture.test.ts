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

/** Every import in `dir` that matches `forbidden`, as "file → import". */
function offenders(dir: string, forbidden: RegExp): string[] {
  return sourceFiles(dir).flatMap((f) => importsOf(f).filter((i) => forbidden.test(i)).map((i) => `${path.relative(root, f)} → ${i}`));
}

/** The Teams SDKs: botbuilder and its relatives, and the Microsoft 365 Agents SDK. */
const teamsSdk = /^botbuilder|^botframework|^@microsoft\/agents-/;

describe('architecture', () => {
  it('sees the code it checks: every folder has files, and the import scanner finds the imports that are allowed', () => {
    for (const dir of ['src', 'cards', 'bot', 'web', 'app', 'cli']) expect(sourceFiles(dir).length, dir).toBeGreaterThan(5);
    const imports = (dir: string) => sourceFiles(dir).flatMap(importsOf);
    // The same patterns the rules below forbid do match where they are allowed, so an empty list means something.
    expect(imports('bot').filter((i) => /^botbuilder/.test(i)).length).toBeGreaterThan(0);
    expect(imports('bot').filter((i) => /^@microsoft\/agents-/.test(i)).length).toBeGreaterThan(0);
    expect(imports('bot').filter((i) => /\/cards\//.test(i)).length).toBeGreaterThan(0);
    expect(imports('web').filter((i) => /^express$/.test(i)).length).toBeGreaterThan(0);
    expect(imports('src').filter((i) => /^kysely/.test(i)).length).toBeGreaterThan(0);
    expect(imports('app').filter((i) => /\/bot\//.test(i)).length).toBeGreaterThan(0);
    expect(imports('app').filter((i) => /\/web\//.test(i)).length).toBeGreaterThan(0);
    expect(imports('cli').filter((i) => /\/app\//.test(i)).length).toBeGreaterThan(0);
  });

  it('keeps the Teams SDK, adaptivecards, express and every outer folder out of src/ (no exemptions)', () => {
    expect(offenders('src', /^botbuilder|^botframework|^@microsoft\/agents-|^adaptivecards|^express$|\/(bot|web|app|cards|cli)\//)).toEqual([]);
  });

  it('keeps cards/ pure: no Teams SDK, no express, no bot/, web/, app/, no storage', () => {
    expect(offenders('cards', /^botbuilder|^botframework|^@microsoft\/agents-|^express$|\/(bot|web|app|cli)\/|\/storage\/|^kysely|^pg$|^better-sqlite3/)).toEqual([]);
  });

  it('keeps each SDK in its own folder of bot/: nothing else there (handlers, routes, the messages endpoint) knows which SDK runs', () => {
    const glue = [`bot${path.sep}botbuilder${path.sep}`, `bot${path.sep}agents${path.sep}`];
    const bot = sourceFiles('bot');
    // The scanner sees both SDKs where they belong, so an empty list of offenders means something.
    expect(bot.filter((f) => f.includes(glue[0]!)).flatMap(importsOf).some((i) => /^botbuilder/.test(i))).toBe(true);
    expect(bot.filter((f) => f.includes(glue[1]!)).flatMap(importsOf).some((i) => /^@microsoft\/agents-hosting/.test(i))).toBe(true);
    const outside = bot
      .filter((f) => !glue.some((g) => path.relative(root, f).startsWith(g)))
      .flatMap((f) => importsOf(f).filter((i) => teamsSdk.test(i)).map((i) => `${path.relative(root, f)} → ${i}`));
    expect(outside).toEqual([]);
    // And neither SDK's glue reaches into the other's.
    const crossing = bot.flatMap((f) => {
      const rel = path.relative(root, f);
      const other = rel.startsWith(glue[0]!) ? /^@microsoft\/agents-|\/agents\// : rel.startsWith(glue[1]!) ? /^botbuilder|^botframework|\/botbuilder\// : undefined;
      return other ? importsOf(f).filter((i) => other.test(i)).map((i) => `${rel} → ${i}`) : [];
    });
    expect(crossing).toEqual([]);
  });

  it('keeps the Teams SDK inside bot/: web/ and app/ never import it', () => {
    expect([...offenders('web', teamsSdk), ...offenders('app', teamsSdk), ...offenders('cli', teamsSdk)]).toEqual([]);
  });

  it('keeps express inside web/: no other folder imports it, not even for a type', () => {
    expect(['src', 'cards', 'bot', 'app', 'cli', 'manifest'].flatMap((dir) => offenders(dir, /^express$|^express\//))).toEqual([]);
  });

  it('keeps bot/ (chat) and web/ (HTTP pages and APIs) apart, and both away from the CLI', () => {
    expect(offenders('bot', /\/(web|cli)\//)).toEqual([]);
    expect(offenders('web', /\/(bot|cli)\//)).toEqual([]);
  });

  it('keeps the CLI on the composition root: commands never import bot/ or web/ directly', () => {
    expect(offenders('cli', /\/(bot|web)\//)).toEqual([]);
  });
});
