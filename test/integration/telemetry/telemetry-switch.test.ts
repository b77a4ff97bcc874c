import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleRecorder, packagesOf } from '../../helpers/loaded-packages.js';

const cli = path.resolve(import.meta.dirname, '../../../dist/cli/tillit.js');

/** The OpenTelemetry SDK and exporters: loaded only when telemetry is on. */
const sdk = ['@opentelemetry/sdk-trace-base', '@opentelemetry/sdk-trace', '@opentelemetry/sdk-metrics', '@opentelemetry/context-async-hooks', '@opentelemetry/exporter-trace-otlp-http', '@opentelemetry/exporter-metrics-otlp-http'];

/** An OTLP/HTTP receiver that keeps what it is sent. */
async function otlpReceiver(): Promise<{ url: string; received: Array<{ path: string; body: Buffer }>; close(): Promise<void> }> {
  const received: Array<{ path: string; body: Buffer }> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: Buffer.concat(chunks) });
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * `tillit serve` (built dist/) with the module recorder: asks /livez once it
 * listens, then stops as an operator would (SIGTERM). Resolves with the npm
 * packages it loaded.
 */
async function serveOnce(env: Record<string, string>): Promise<Set<string>> {
  const record = path.join(os.tmpdir(), `tillit-modules-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const child = spawn(process.execPath, ['--import', moduleRecorder, cli, 'serve'], {
    env: { ...process.env, ...env, LOG_LEVEL: 'silent', TILLIT_LOADED_MODULES_FILE: record },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let asked = false;
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    const port = /localhost:(\d+)/.exec(out)?.[1];
    if (port && !asked) {
      asked = true;
      void fetch(`http://127.0.0.1:${port}/livez`).finally(() => child.kill('SIGTERM'));
    }
  });
  child.stderr.resume();
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code, out).toBe(0);
  const urls = fs.readFileSync(record, 'utf8').split('\n');
  fs.rmSync(record, { force: true });
  return packagesOf(urls);
}

describe('telemetry is off unless configured (built dist/)', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-telemetry-'));
    env = { DATABASE_URL: path.join(dir, 'tillit.sqlite'), PORT: '0', HOST: '127.0.0.1', TILLIT_REMINDERS: 'off' };
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('serves without loading the OpenTelemetry SDK when no OTLP endpoint is set', async () => {
    const loaded = await serveOnce(env);
    expect(loaded.has('express')).toBe(true);
    expect(sdk.filter((name) => loaded.has(name))).toEqual([]);
    // Not even the API on the default SDK (the Agents SDK loads it for its own no-op spans).
    expect(loaded.has('@opentelemetry/api')).toBe(false);
  });

  it('loads the SDK and sends traces and metrics over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set, flushing at stop', async () => {
    const receiver = await otlpReceiver();
    try {
      const loaded = await serveOnce({ ...env, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });
      for (const name of ['@opentelemetry/sdk-trace-base', '@opentelemetry/sdk-metrics', '@opentelemetry/exporter-trace-otlp-http', '@opentelemetry/exporter-metrics-otlp-http']) expect(loaded.has(name), name).toBe(true);
      const traces = receiver.received.filter((r) => r.path === '/v1/traces');
      expect(traces.length).toBeGreaterThan(0);
      expect(Buffer.concat(traces.map((t) => t.body)).toString('latin1')).toContain('GET /livez');
      expect(receiver.received.some((r) => r.path === '/v1/metrics')).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it('refuses an OTLP endpoint that is no http(s) address, naming the variable', async () => {
    const child = spawn(process.execPath, [cli, 'serve'], { env: { ...process.env, ...env, OTEL_EXPORTER_OTLP_ENDPOINT: 'otel-collector:4318' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).not.toBe(0);
    expect(err).toContain('OTEL_EXPORTER_OTLP_ENDPOINT');
  });
});
