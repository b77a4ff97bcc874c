// Tillit's layers, enforced (docs/ARCHITECTURE.md, "Layers and who may import whom"):
//   src/    domain and use cases: imports nothing outside src/ (no Teams SDK, no express)
//   cards/  pure card builders: src/ types and the catalogue only
//   bot/    the Teams SDK glue: the only folder that imports botbuilder / @microsoft/agents-*
//           (express is web/'s alone: no other folder imports it)
//   web/    the HTTP server, pages, tab APIs, the browser code (web/browser/)
//   app/    the composition root (app/create-app.ts): may import everything
//   cli/    commands: src/ and the composition root, never bot/ or web/ directly
// The parser is Babel's TypeScript preset: TypeScript 7 has no JavaScript API
// for typescript-eslint, and these rules only need the import statements
// (`import type` included: a type-only import is still a dependency).
import babelParser from '@babel/eslint-parser';
import js from '@eslint/js';

const teamsSdk = [
  { group: ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/agents-*'], message: 'The Teams SDK belongs in bot/ only (the SDK glue).' },
];
const express = [{ group: ['express'], message: 'express belongs in web/ (the HTTP surface) only.' }];
const storage = [{ group: ['kysely', 'pg', 'better-sqlite3'], message: 'cards/ are pure: no database.' }];
/** A relative import that climbs out into one of the given top-level folders (the folder names are unique in the tree). */
const into = (folders, message) => [{ regex: `^(\\.\\./)+(${folders.join('|')})/`, message }];

const restrict = (...patterns) => ['error', { patterns: patterns.flat() }];

export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/**', 'examples/**', 'scripts/**', '*.config.*'] },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: babelParser,
      parserOptions: { requireConfigFile: false, babelOptions: { babelrc: false, configFile: false, presets: ['@babel/preset-typescript'] } },
      ecmaVersion: 'latest',
      sourceType: 'module',
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    // ESLint's recommended checks, less those TypeScript does better (and Babel's parser cannot see types for).
    rules: { ...js.configs.recommended.rules, 'no-undef': 'off', 'no-unused-vars': 'off', 'no-redeclare': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(teamsSdk, express, [{ group: ['adaptivecards'], message: 'Cards are built in cards/, rendered by Teams.' }], into(['bot', 'web', 'app', 'cards', 'cli'], 'src/ imports nothing outside src/: pass what it needs through a port.')),
    },
  },
  {
    files: ['cards/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(teamsSdk, express, storage, into(['bot', 'web', 'app', 'cli'], 'cards/ are pure: src/ types and the catalogue only.'), [{ regex: '/storage/', message: 'cards/ are pure: no storage.' }]),
    },
  },
  {
    files: ['bot/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(express, into(['web', 'cli'], 'bot/ (chat) and web/ (HTTP pages and APIs) meet only in app/.')),
    },
  },
  {
    files: ['web/**/*.ts'],
    ignores: ['web/browser/**'],
    rules: {
      'no-restricted-imports': restrict(teamsSdk, into(['bot', 'cli'], 'web/ never imports the chat glue: bot/ and web/ meet only in app/.')),
    },
  },
  {
    files: ['web/browser/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { regex: '^\\.\\./', message: 'Browser code imports only its own modules in web/browser/ (it is compiled alone by tsconfig.browser.json).' },
        { regex: '^(node:|[a-z@])', message: 'Browser code has no packages: it is served as plain ES modules.' },
      ]),
    },
  },
  {
    files: ['app/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(teamsSdk, express, into(['cli'], 'The composition root does not depend on the CLI.')),
    },
  },
  {
    files: ['cli/**/*.ts', 'manifest/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(teamsSdk, express, into(['bot', 'web'], 'Commands ask the composition root (app/create-app.ts), not bot/ or web/ directly.')),
    },
  },
];
