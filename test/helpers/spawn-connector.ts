import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** What the connector process accepted and refused. */
export interface RemoteStats {
  accepted: number;
  throttled: number;
  firstAt: number;
  lastAt: number;
  perConversation: Record<string, number>;
}

/** The fake connector with Teams' limits running in its own process (see connector-process.ts). */
export class ConnectorProcess {
  private constructor(private readonly child: ChildProcess, readonly url: string) {}

  static async start(tenantRps: number): Promise<ConnectorProcess> {
    const child = fork(path.join(import.meta.dirname, 'connector-process.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, TENANT_RPS: String(tenantRps) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.once('message', (m: { type: string; url: string }) => (m.type === 'ready' ? resolve(m.url) : reject(new Error('unexpected message'))));
      child.once('exit', (code) => reject(new Error(`connector exited ${code}`)));
    });
    return new ConnectorProcess(child, url);
  }

  stats(): Promise<RemoteStats> {
    return new Promise((resolve) => {
      const onMessage = (m: RemoteStats & { type: string }) => {
        if (m.type !== 'stats') return;
        this.child.off('message', onMessage);
        resolve(m);
      };
      this.child.on('message', onMessage);
      this.child.send({ type: 'stats' });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'stop' });
      setTimeout(() => this.child.kill('SIGKILL'), 3000).unref();
    });
  }
}
