import { spawn, execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';

/** A git server on 127.0.0.1 for tests: `git http-backend` behind basic auth, over repositories in one folder. */
export interface GitHttpServer {
  /** The URL of repository `name` (a bare repository in the root folder), without credentials. */
  url(name: string): string;
  /** The same URL with the test's user and password in it. */
  urlWithCredentials(name: string): string;
  readonly user: string;
  readonly password: string;
  /** Stops answering and drops every open connection, as a server going down does. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Calls `hook` before each request is served (e.g. to stop the server mid-sync). */
  onRequest(hook: ((path: string) => void) | undefined): void;
}

/** Creates a bare repository `name` in `root` whose HEAD names `main`, as a fresh hosted repository does. */
export function createBareRepository(root: string, name: string): string {
  const path = join(root, name);
  execFileSync('git', ['init', '--quiet', '--bare', '-b', 'main', path], { env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: root } });
  return path;
}

/**
 * Starts a git smart-HTTP server on 127.0.0.1 (a free port) serving the bare repositories in
 * `root` through `git http-backend`, asking for `user`/`password` by basic auth on every request.
 */
export async function startGitHttpServer(root: string, user = 'analyst', password = 's3cret'): Promise<GitHttpServer> {
  let hook: ((path: string) => void) | undefined;
  const sockets = new Set<Socket>();
  const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const handler = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    hook?.(url.pathname);
    if (req.headers.authorization !== expected) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="factmark-test"' }).end();
      return;
    }
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        HOME: root,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        REMOTE_USER: user,
        REMOTE_ADDR: '127.0.0.1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        ...(req.headers['content-length'] ? { CONTENT_LENGTH: req.headers['content-length'] } : {}),
        ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] } : {}),
        ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
      },
    });
    req.pipe(cgi.stdin);
    cgi.stdin.on('error', () => {});
    let head = Buffer.alloc(0);
    let headersSent = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headersSent) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      const lines = head.subarray(0, end).toString('latin1').split('\r\n');
      let status = 200;
      for (const line of lines) {
        const [name, ...value] = line.split(':');
        if (!name) continue;
        if (name.toLowerCase() === 'status') status = Number(value.join(':').trim().split(' ')[0]);
        else res.setHeader(name, value.join(':').trim());
      }
      res.writeHead(status);
      headersSent = true;
      res.write(head.subarray(end + 4));
    });
    cgi.on('close', () => res.end());
    res.on('close', () => cgi.kill('SIGKILL'));
  });
  handler.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await listen(handler, 0);
  const address = handler.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    user,
    password,
    url: (name) => `http://127.0.0.1:${port}/${name}`,
    urlWithCredentials: (name) => `http://${user}:${password}@127.0.0.1:${port}/${name}`,
    onRequest: (h) => {
      hook = h;
    },
    async stop() {
      const closed = new Promise<void>((resolve) => handler.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    start: () => listen(handler, port),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}
