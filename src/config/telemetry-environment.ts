import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

/**
 * The telemetry variables. Telemetry is off unless an OTLP receiver is named;
 * OTEL_EXPORTER_OTLP_HEADERS and the other standard OTEL_EXPORTER_OTLP_*
 * variables are read by the exporter itself.
 */
export const telemetryEnvironmentShape = {
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), {
    error: 'måste vara en http(s)-adress till en OTLP-mottagare (http/protobuf eller http/json), t.ex. http://otel-collector:4318',
  }),
  OTEL_SERVICE_NAME: optionalText.refine((v) => v === undefined || /^[\w.-]{1,64}$/.test(v), {
    error: 'måste vara ett kort namn (bokstäver, siffror, punkt, bindestreck), t.ex. tillit',
  }),
  OTEL_METRIC_EXPORT_INTERVAL: z.coerce
    .number({ error: 'måste vara ett antal millisekunder' })
    .int({ error: 'måste vara ett heltal' })
    .min(1000, { error: 'måste vara mellan 1000 och 3600000 millisekunder' })
    .max(3_600_000, { error: 'måste vara mellan 1000 och 3600000 millisekunder' })
    .default(60_000),
  /** Application Insights: Tillit sends OTLP; a collector with the azuremonitor exporter forwards it (README). */
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText.refine((v) => v === undefined || /InstrumentationKey=|IngestionEndpoint=/i.test(v), {
    error: 'måste vara en anslutningssträng från Application Insights (InstrumentationKey=…;IngestionEndpoint=…)',
  }),
};

type TelemetryEnvironment = { [K in keyof typeof telemetryEnvironmentShape]: z.output<(typeof telemetryEnvironmentShape)[K]> };

/** Traces and metrics (OpenTelemetry): off unless an OTLP receiver is configured. */
export interface TelemetryConfig {
  /** OTEL_EXPORTER_OTLP_ENDPOINT; telemetry is on exactly when this is set. */
  otlpEndpoint?: string;
  serviceName: string;
  metricIntervalMs: number;
  /**
   * APPLICATIONINSIGHTS_CONNECTION_STRING is set (App Service sets it when
   * Application Insights is switched on). Tillit does not send to it directly:
   * without an OTLP endpoint it says so at start and stays off.
   */
  applicationInsights: boolean;
}

export function telemetryConfigFrom(e: TelemetryEnvironment): TelemetryConfig {
  return {
    ...(e.OTEL_EXPORTER_OTLP_ENDPOINT ? { otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '') } : {}),
    serviceName: e.OTEL_SERVICE_NAME ?? 'tillit',
    metricIntervalMs: e.OTEL_METRIC_EXPORT_INTERVAL,
    applicationInsights: e.APPLICATIONINSIGHTS_CONNECTION_STRING !== undefined,
  };
}
