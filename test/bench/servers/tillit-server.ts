import { startTillit } from '../../../app/create-app.js';
import { cardActionHandlers } from '../../../bot/routes/index.js';
import type { CardActionHandler } from '../../../bot/routes/route-types.js';
import { adaptiveCard, textBlock } from '../../../cards/adaptive-card.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { benchNoopVerb, serveStats, type ServerReady } from './server-protocol.js';

/**
 * Tillit's server in a process of its own for the status-submit bench
 * (DATABASE_URL from the environment, any free port), counting every SQL
 * statement it sends. Also answers a bench-only no-op verb that goes through
 * Tillit's whole turn without status work: the per-turn overhead.
 */
(cardActionHandlers as Map<string, CardActionHandler>).set(benchNoopVerb, async () => adaptiveCard([textBlock('noop')]));

let statements = 0;
// OTEL_EXPORTER_OTLP_ENDPOINT from the environment: the same bench with telemetry on.
const telemetry = process.env.OTEL_EXPORTER_OTLP_ENDPOINT ? { OTEL_EXPORTER_OTLP_ENDPOINT: process.env.OTEL_EXPORTER_OTLP_ENDPOINT } : {};
const config = loadConfig({ DATABASE_URL: process.env.DATABASE_URL ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...telemetry });
const tillit = await startTillit(config, { logger: silentLogger(), onStatement: () => (statements += 1) });
serveStats(() => statements, async () => tillit.stop());
process.send!({ kind: 'ready', port: tillit.port } satisfies ServerReady);
