import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server answers for a path: bytes, a redirect, a slow trickle, or nothing ever. */
export type FileRoute =
  | { bytes: Uint8Array; declareLength?: boolean }
  | { redirect: string }
  | { status: number }
  | { stream: number; chunk: number }
  | { hang: true };

/**
 * A local HTTP server standing in for SharePoint in tests: serves files by
 * path, redirects, streams endless data or never answers, and counts the
 * requests each path got (to show that a refused upload fetched nothing).
 */
export class FileServer {
  readonly routes = new Map<string, FileRoute>();
  readonly requests: string[] = [];
  /** Bytes written per path before the client stopped reading. */
  readonly written = new Map<string, number>();
  private server?: http.Server;

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      this.requests.push(path);
      const route = this.routes.get(path);
      if (!route) return void res.writeHead(404).end();
      if ('hang' in route) return;
      if ('status' in route) return void res.writeHead(route.status).end();
      if ('redirect' in route) return void res.writeHead(302, { location: route.redirect }).end();
      if ('stream' in route) {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        let sent = 0;
        const pump = () => {
          while (sent < route.stream) {
            sent += route.chunk;
            this.written.set(path, sent);
            if (!res.write(Buffer.alloc(route.chunk, 0x41))) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => undefined);
        return pump();
      }
      res.writeHead(200, route.declareLength === false ? {} : { 'content-length': String(route.bytes.length) });
      res.end(Buffer.from(route.bytes));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get port(): number {
    return (this.server!.address() as AddressInfo).port;
  }

  url(path: string, host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${path}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
