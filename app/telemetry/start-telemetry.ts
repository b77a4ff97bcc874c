import type { Config } from '../../src/config/load-config.js';
import type { Logger } from '../../src/logging/logger.js';
import { noTelemetry, type Telemetry } from '../../src/ports/telemetry.js';
import type { TelemetryExporters } from './open-telemetry.js';

/**
 * Telemetry as configured: off (noTelemetry, and no OpenTelemetry module is
 * loaded) unless OTEL_EXPORTER_OTLP_ENDPOINT is set; then the SDK and the
 * OTLP/HTTP exporters are imported here, on demand. Tests pass their own
 * (in-memory) exporters, which switches it on too.
 */
export async function startTelemetry(config: Pick<Config, 'telemetry' | 'database'>, logger: Logger, exporters?: TelemetryExporters): Promise<Telemetry> {
  const settings = config.telemetry;
  if (!settings.otlpEndpoint && !exporters) {
    if (settings.applicationInsights) {
      logger.warn({ code: 'telemetry_needs_otlp' }, 'APPLICATIONINSIGHTS_CONNECTION_STRING is set, but Tillit sends telemetry over OTLP only: set OTEL_EXPORTER_OTLP_ENDPOINT to a collector that forwards to Azure Monitor (README, Telemetry)');
    }
    return noTelemetry;
  }
  const [{ openTelemetry }, chosen] = await Promise.all([import('./open-telemetry.js'), exporters ?? otlpExporters(settings.otlpEndpoint!)]);
  logger.info({ code: 'telemetry_on' }, 'telemetry on');
  return openTelemetry({ serviceName: settings.serviceName, metricIntervalMs: settings.metricIntervalMs, database: config.database.dialect }, chosen);
}

/** OTLP over HTTP to the configured receiver (headers, e.g. an API key, from OTEL_EXPORTER_OTLP_HEADERS). */
async function otlpExporters(endpoint: string): Promise<TelemetryExporters> {
  const [{ OTLPTraceExporter }, { OTLPMetricExporter }] = await Promise.all([
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/exporter-metrics-otlp-http'),
  ]);
  return {
    spans: new OTLPTraceExporter({ url: `${endpoint}/v1/traces` }),
    metrics: new OTLPMetricExporter({ url: `${endpoint}/v1/metrics` }),
  };
}
