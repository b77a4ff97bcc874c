import { defineConfig } from 'vitest/config';

/**
 * The test files that exercise the bot surface (what the SDK carries):
 * inbound authentication, the envelope and dispatch, card invokes, proactive
 * sends and member lookup, the welcome, the anonymous report's start. They
 * run a second time on the Microsoft 365 Agents SDK (TILLIT_BOT_SDK=agents);
 * everything else (the domain, pages, the heavy canary/fuzz/flood/crash
 * files) does not depend on the SDK and runs once, on the default.
 */
const agentsSurface = {
  integration: [
    'test/integration/bot/authentication.test.ts',
    'test/integration/bot/activity-envelope.test.ts',
    'test/integration/bot/welcome.test.ts',
    'test/integration/bot/status-cards.test.ts',
    'test/integration/bot/proactive-send.test.ts',
    'test/integration/reports/report-chat.test.ts',
    'test/integration/telemetry/telemetry.test.ts',
  ],
  e2e: ['test/e2e/welcome.test.ts', 'test/e2e/reminders.test.ts'],
};

/**
 * Five projects: fast unit tests, integration tests against a real SQLite
 * file and the real PostgreSQL, end-to-end tests through the Agents
 * Playground in headless Chromium (one file at a time: 2 cores), and the
 * bot-surface subsets of the latter two again on the Agents SDK.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'integration-agents',
          include: agentsSurface.integration,
          env: { TILLIT_BOT_SDK: 'agents' },
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e-agents',
          include: agentsSurface.e2e,
          env: { TILLIT_BOT_SDK: 'agents' },
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
