import http from 'node:http';
import { Writable } from 'node:stream';
import { startTillit, type CreateAppOptions, type RunningTillit } from '../../app/create-app.js';
import { loadConfig, type Config } from '../../src/config/load-config.js';
import { createLogger } from '../../src/logging/logger.js';
import type { Clock } from '../../src/ports/clock.js';
import { FakeConnector, type FakeMember } from './fake-connector.js';
import type { TestDatabase } from './databases.js';
import type { TestUser } from './activities.js';

/**
 * The SDK the bot runs on in this test run: the vitest project sets
 * TILLIT_BOT_SDK (integration-agents, e2e-agents), so the same test files run
 * against both SDKs.
 */
export function botSdkFromEnvironment(): { TILLIT_BOT_SDK?: string } {
  const sdk = process.env.TILLIT_BOT_SDK;
  return sdk ? { TILLIT_BOT_SDK: sdk } : {};
}

/** Collects every log line the app writes, to assert on what is (not) logged. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

/**
 * Tillit running in-process on a test database, talking to a fake connector:
 * post activities to /api/messages and read what the bot sent back.
 */
export class BotDriver {
  private constructor(
    readonly running: RunningTillit,
    readonly connector: FakeConnector,
    readonly logs: LogCapture,
  ) {}

  static async start(
    database: TestDatabase,
    options: { env?: Record<string, string>; clock?: Clock; configure?: (config: Config) => Config } & Pick<CreateAppOptions, 'mounters' | 'workers' | 'onStatement' | 'telemetry'> = {},
  ): Promise<BotDriver> {
    const connector = await new FakeConnector().start();
    const logs = new LogCapture();
    const loaded = loadConfig({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', ...botSdkFromEnvironment(), ...options.env });
    const config = options.configure ? options.configure(loaded) : loaded;
    const running = await startTillit(config, {
      logger: createLogger('debug', logs),
      clock: options.clock,
      mounters: options.mounters,
      workers: options.workers,
      onStatement: options.onStatement,
      telemetry: options.telemetry,
    });
    return new BotDriver(running, connector, logs);
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.running.port}`;
  }

  get serviceUrl(): string {
    return this.connector.url;
  }

  /** Registers the user with the fake connector so TeamsInfo.getMember finds them. */
  knowUser(user: TestUser): void {
    const member: FakeMember = {
      id: user.id,
      name: user.name,
      aadObjectId: user.aadObjectId,
      email: user.email,
      userPrincipalName: user.email,
    };
    this.connector.members.set(user.id, member);
  }

  /**
   * Posts an activity; resolves with the HTTP status and (for invokes) the body.
   * Plain node:http on a keep-alive agent, as Teams' connection pool would:
   * fetch's own machinery cost the test process several times what the
   * server spent on a small activity (files send thousands).
   */
  async post(activity: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
    const { status, body: text } = await this.request(JSON.stringify(activity) ?? '', headers);
    let body: any = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON
    }
    return { status, body };
  }

  /** Teams' side of the connection: kept alive between activities. */
  private readonly agent = new http.Agent({ keepAlive: true });

  private request(payload: string, headers: Record<string, string>, retried = false): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        `${this.baseUrl}/api/messages`,
        { method: 'POST', agent: this.agent, headers: { 'content-type': 'application/json', ...headers, 'content-length': Buffer.byteLength(payload) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      request.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed just as it was reused: sent again once on a new one, as browsers do.
        if (request.reusedSocket && !retried && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) resolve(this.request(payload, headers, true));
        else reject(error);
      });
      request.end(payload);
    });
  }

  async stop(): Promise<void> {
    this.agent.destroy();
    await this.running.stop();
    await this.connector.stop();
  }
}
