import { defineConfig } from 'vitest/config';

/**
 * The test files that exercise the bot surface (what the SDK carries):
 * every file under test/integration/bot/ (inbound authentication, the
 * envelope and dispatch, card invokes, member lookup, the welcome, the
 * chat commands, upload in chat), the activity fuzzer, the anonymous
 * report's start in chat and its canaries, and the proactive sends of
 * reminders (through the fake connector and the Agents Playground's). They
 * run a second time on the Microsoft 365 Agents SDK (TILLIT_BOT_SDK=agents),
 * as does the whole E2E suite. The SDK and the database dialect are
 * independent seams (the SDK never touches the database): the second run
 * is on SQLite only (TILLIT_TEST_DIALECTS), PostgreSQL being proven with the
 * default SDK. Everything else (the domain, pages, the anonymous form's
 * HTTP routes, the reminder dispatchers' processes) runs once.
 */
const agentsSurface = {
  integration: [
    'test/integration/bot/**/*.test.ts',
    'test/integration/fuzz/activity-fuzz.test.ts',
    'test/integration/reports/report-chat.test.ts',
    'test/integration/telemetry/telemetry.test.ts',
    'test/integration/reports/anonymity-canary.test.ts',
    'test/integration/reminders/dispatch-reminders.test.ts',
    'test/integration/reminders/delivery-limits.test.ts',
    'test/integration/reminders/reminder-status-form.test.ts',
    'test/integration/reminders/playground-delivery.test.ts',
    'test/integration/reminders/write-failure.test.ts',
  ],
  integrationExclude: [
    // The Agents SDK adapter's own tests build it themselves, whatever TILLIT_BOT_SDK says.
    'test/integration/bot/agents-adapter.test.ts',
    // Pages only: nothing in them goes through /api/messages.
    'test/integration/bot/info-pages.test.ts',
    'test/integration/bot/overview-tab.test.ts',
  ],
  e2e: ['test/e2e/**/*.test.ts'],
};
const agentsEnv = { TILLIT_BOT_SDK: 'agents', TILLIT_TEST_DIALECTS: 'sqlite' };

/**
 * Five projects: fast unit tests, integration tests against a real SQLite
 * file and the real PostgreSQL, end-to-end tests through the Agents
 * Playground in headless Chromium, and the bot surface and the whole E2E
 * suite again on the Agents SDK.
 *
 * The unit and integration files run first, one at a time on a 2-core
 * machine (vitest's default: cores - 1). The E2E files of both SDKs then
 * run two at a time (their own group): an E2E file mostly waits — on
 * Chromium, on Tillit's child process, on the local mode's one-minute
 * report release — so two of them share the cores well, where one after
 * the other would spend minutes idle.
 */
const e2eGroup = { sequence: { groupOrder: 1 }, maxWorkers: 2 };
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
          ...e2eGroup,
        },
      },
      {
        test: {
          name: 'integration-agents',
          include: agentsSurface.integration,
          exclude: agentsSurface.integrationExclude,
          env: agentsEnv,
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e-agents',
          include: agentsSurface.e2e,
          env: agentsEnv,
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          ...e2eGroup,
        },
      },
    ],
  },
});
