import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does to one request. pass: forward. 500 / captive / reset: fail without reaching the receiver.
 * 500-after / reset-after / slow: the receiver stores the batch but the answer is lost (500, cut connection, or
 * held past the client's timeout). duplicate: the request is delivered twice. restart: the receiver is restarted
 * while the request is in flight. html403 / html404 / html413: a middlebox answers with its own HTML error page
 * (the receiver never sees the request).
 */
export type Fault =
  | 'pass'
  | '500'
  | 'captive'
  | 'reset'
  | '500-after'
  | 'reset-after'
  | 'slow'
  | 'duplicate'
  | 'restart'
  | 'html403'
  | 'html404'
  | 'html413';

type Forwarded = { status: number; headers: Record<string, string>; body: Buffer };

/** An HTTP proxy on 127.0.0.1 whose faults the test scripts, one per request to the given path prefix. */
export class FaultProxy {
  faults: Fault[] = [];
  readonly seen: Fault[] = [];
  private server: Server | undefined;

  constructor(
    public target: string,
    private readonly options: { path: string; slowMs: number; restart?: () => Promise<void> },
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const fault = req.url?.startsWith(this.options.path) ? (this.faults.shift() ?? 'pass') : 'pass';
    this.seen.push(fault);
    try {
      if (fault === '500') return void res.writeHead(500, { 'Content-Type': 'text/plain' }).end('boom');
      if (fault === 'captive') {
        return void res
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end('<html><body>Free Airport WiFi: log in</body></html>');
      }
      if (fault === 'reset') return void req.socket.destroy();
      if (fault === 'html403' || fault === 'html404' || fault === 'html413') {
        const status = Number(fault.slice(4));
        return void res
          .writeHead(status, { 'Content-Type': 'text/html' })
          .end(`<html><body><h1>${status}</h1>Request blocked by the network gateway.</body></html>`);
      }
      if (fault === 'restart') {
        const answer = this.forward(req, body).catch(() => null);
        await this.options.restart?.();
        const forwarded = await answer;
        return void (forwarded ? this.reply(res, forwarded) : res.writeHead(502).end('bad gateway'));
      }
      const forwarded = await this.forward(req, body);
      if (fault === 'duplicate') this.reply(res, await this.forward(req, body));
      else if (fault === '500-after') res.writeHead(500).end('lost answer');
      else if (fault === 'reset-after') req.socket.destroy();
      else if (fault === 'slow') setTimeout(() => this.reply(res, forwarded), this.options.slowMs).unref();
      else this.reply(res, forwarded);
    } catch {
      if (!res.headersSent) res.writeHead(502).end('bad gateway');
    }
  }

  private reply(res: ServerResponse, forwarded: Forwarded): void {
    if (res.destroyed) return;
    res.writeHead(forwarded.status, forwarded.headers).end(forwarded.body);
  }

  private forward(req: IncomingMessage, body: Buffer): Promise<Forwarded> {
    const url = new URL(req.url ?? '/', this.target);
    return new Promise((resolve, reject) => {
      const out = httpRequest(
        url,
        {
          method: req.method,
          headers: { ...req.headers, host: url.host, 'content-length': String(body.length) },
        },
        (upstream) => {
          const parts: Buffer[] = [];
          upstream.on('data', (c: Buffer) => parts.push(c));
          upstream.on('error', reject);
          upstream.on('end', () => {
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(upstream.headers)) {
              if (typeof v === 'string' && !['transfer-encoding', 'connection', 'content-length'].includes(k))
                headers[k] = v;
            }
            resolve({ status: upstream.statusCode ?? 502, headers, body: Buffer.concat(parts) });
          });
        },
      );
      out.on('error', reject);
      out.end(body);
    });
  }
}
