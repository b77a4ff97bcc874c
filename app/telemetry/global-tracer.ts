import { ProxyTracerProvider, trace, type Tracer, type TracerOptions, type TracerProvider } from '@opentelemetry/api';

/** Where the libraries' spans go now: the running telemetry's provider, or nowhere. */
let current: TracerProvider | undefined;
/** A provider without a delegate: its tracers make no-op spans. */
const nowhere = new ProxyTracerProvider();

/**
 * A tracer that asks for the current provider's tracer at each span.
 * Libraries (the Agents SDK) take their tracer once, when loaded; this way
 * their spans follow whichever telemetry runs, and go nowhere once it stopped.
 */
function forwardingTracer(name: string, version?: string, options?: TracerOptions): Tracer {
  const target = () => (current ?? nowhere).getTracer(name, version, options);
  return {
    startSpan: (spanName, spanOptions, context) => target().startSpan(spanName, spanOptions, context),
    startActiveSpan: ((...args: Parameters<Tracer['startActiveSpan']>) => (target().startActiveSpan as (...a: unknown[]) => unknown)(...args)) as Tracer['startActiveSpan'],
  };
}

const forwarding: TracerProvider = { getTracer: forwardingTracer };
let registered = false;

/**
 * Makes `provider` the one a library's spans go to (via the global
 * @opentelemetry/api). The global registration is made once per process;
 * `undefined` sends them nowhere again.
 */
export function routeLibrarySpans(provider: TracerProvider | undefined): void {
  current = provider;
  if (provider && !registered) registered = trace.setGlobalTracerProvider(forwarding);
}
