import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../cli/playground.js';
import type { DemoPerson } from '../../src/directory/demo-people.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const repoRoot = path.resolve(import.meta.dirname, '../..');
const cliEntry = path.join(repoRoot, 'dist/cli/tillit.js');
/** test-results/e2e/, or e2e-agents/ on the Agents SDK: the two runs' screenshots side by side, not over each other. */
export const screenshotDir = path.join(repoRoot, process.env.TILLIT_BOT_SDK === 'agents' ? 'test-results/e2e-agents' : 'test-results/e2e');
fs.mkdirSync(screenshotDir, { recursive: true });

/** A free TCP port on this machine. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/** Chromium, exactly as a user's machine would run it headless; a missing browser is a failure. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium saknas på ${chromiumPath}: installera med "apt-get install -y chromium" (E2E-testerna hoppas aldrig över).`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** One open Agents Playground page: type like a person, find what the bot answered. */
export class ChatPage {
  constructor(readonly page: Page, readonly playground: Playground) {}

  get composer(): Locator {
    return this.page.locator('[data-lexical-editor="true"][role="textbox"]').first();
  }

  /** Types a message in the chat box and sends it. */
  async say(text: string): Promise<void> {
    await this.composer.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** The last Adaptive Card containing `text`. */
  card(text: string | RegExp): Locator {
    return this.page.locator('.ac-adaptiveCard', { hasText: text }).last();
  }

  /** A plain bot message bubble containing `text`. */
  bubble(text: string | RegExp): Locator {
    return this.page.locator('.fai-OutputCard', { hasText: text }).last();
  }

  /** Saves a screenshot under test-results/e2e/ (e2e-agents/ on the Agents SDK; look at it!). */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }

  /**
   * Sends an activity straight to the bot through the Agents Playground, as if from
   * anyone (`from`) with any locale; the bot's answer appears on this page.
   */
  async sendAsOther(activity: Record<string, unknown>): Promise<void> {
    const base = this.playground.url;
    const config = (await (await fetch(`${base}/_internal/v1/config`)).json()) as { config: { personalChat: { id: string }; tenantId: string } };
    const conversationId = config.config.personalChat.id;
    const template = await (await fetch(`${base}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`)).json();
    const res = await fetch(`${base}/_internal/v1/customActivities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...template, channelData: { tenant: { id: config.config.tenantId } }, ...activity }),
    });
    if (!res.ok) throw new Error(`custom activity refused: ${res.status}`);
  }
}

/**
 * Tillit as a user runs it (`tillit start`: SQLite, example data, the
 * Agents Playground) in a temporary folder, plus headless Chromium on the
 * Agents Playground page. One per test file; `openChat()` can add a second person.
 */
export class E2eSession {
  private constructor(
    readonly dataDir: string,
    readonly botPort: number,
    readonly tillit: ChildProcess,
    readonly output: string[],
    readonly browser: Browser,
    readonly chat: ChatPage,
    private readonly extras: Array<{ playground: Playground }>,
  ) {}

  /** DATABASE_URL of the running Tillit, for seeding and for CLI commands in tests. */
  get databaseUrl(): string {
    return path.join(this.dataDir, 'tillit.sqlite');
  }

  get botUrl(): string {
    return `http://localhost:${this.botPort}`;
  }

  static async start(options: { env?: Record<string, string> } = {}): Promise<E2eSession> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-e2e-'));
    const botPort = await freePort();
    const playgroundPort = await freePort();
    const output: string[] = [];
    const tillit = spawn(process.execPath, [cliEntry, 'start'], {
      cwd: dataDir,
      env: {
        ...process.env,
        PORT: String(botPort),
        PLAYGROUND_PORT: String(playgroundPort),
        DATABASE_URL: path.join(dataDir, 'tillit.sqlite'),
        LOG_LEVEL: 'info',
        MICROSOFT_APP_ID: '',
        MICROSOFT_APP_PASSWORD: '',
        TILLIT_WRITE_CADENCE_SECONDS: '1',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const playgroundUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        tillit.kill('SIGTERM');
        reject(new Error(`tillit start did not get ready:\n${output.join('')}`));
      }, 90_000);
      const onData = (chunk: Buffer) => {
        output.push(chunk.toString());
        const match = output.join('').match(/öppna (http:\/\/localhost:\d+)/);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      tillit.stdout!.on('data', onData);
      tillit.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      tillit.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`tillit start exited (${code}):\n${output.join('')}`));
      });
    });
    // Tillit runs detached from the test: a start that fails after the spawn must not leave it (and its playground) running.
    let browser: Browser | undefined;
    let page: Page;
    try {
      browser = await launchChromium();
      page = await openPlaygroundPage(browser, playgroundUrl);
    } catch (error) {
      await browser?.close().catch(() => undefined);
      tillit.kill('SIGTERM');
      throw error;
    }
    const playground: Playground = { url: playgroundUrl, port: Number(new URL(playgroundUrl).port), process: tillit, stop: async () => {} };
    return new E2eSession(dataDir, botPort, tillit, output, browser, new ChatPage(page, playground), []);
  }

  /**
   * Opens the Agents Playground as another person: a second Agents Playground
   * whose current user is `person`, talking to the same Tillit.
   */
  async openChatAs(person: DemoPerson): Promise<ChatPage> {
    const playground = await startPlayground({
      port: await freePort(),
      botEndpoint: `${this.botUrl}/api/messages`,
      workDir: fs.mkdtempSync(path.join(this.dataDir, 'playground-')),
      currentUser: person,
    });
    this.extras.push({ playground });
    return new ChatPage(await openPlaygroundPage(this.browser, playground.url), playground);
  }

  /** Everything Tillit printed (stdout and stderr) so far. */
  get log(): string {
    return this.output.join('');
  }

  async stop(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    for (const extra of this.extras) await extra.playground.stop();
    await new Promise<void>((resolve) => {
      if (this.tillit.exitCode !== null) return resolve();
      const timer = setTimeout(() => this.tillit.kill('SIGKILL'), 8000);
      this.tillit.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      this.tillit.kill('SIGTERM');
    });
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

async function openPlaygroundPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(30_000);
  // The Agents Playground's page asks a CDN for fonts; nothing may leave this machine.
  await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator('[data-lexical-editor="true"][role="textbox"]').first().waitFor();
  return page;
}
