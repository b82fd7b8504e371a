/**
 * Tiny HTTP servers the sharing specs start themselves, on the loopback interface and a free port, closed after
 * the test: a second origin that hosts files with and without CORS (and 404, HTML, huge and failing answers),
 * and a static server that serves the built site under a sub-path.
 */
import http from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface TestServer {
  origin: string;
  /** Paths requested, in order. */
  requests: string[];
  /** Adds or replaces a hosted file (served with CORS under /cors/ and without under /nocors/). */
  put(name: string, body: Buffer): void;
  close(): Promise<void>;
}

type Handler = (request: http.IncomingMessage, response: http.ServerResponse, files: Map<string, Buffer>) => void;

async function start(handler: Handler): Promise<TestServer> {
  const files = new Map<string, Buffer>();
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(request.url ?? '');
    handler(request, response, files);
  });
  server.setTimeout(30_000, (socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    put: (name, body) => void files.set(name, body),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const CORS = { 'Access-Control-Allow-Origin': '*' };

/** Writes the body in `parts` pieces with a pause between them, so a progress bar has something to show. */
function slowly(response: http.ServerResponse, body: Buffer, parts = 8, pauseMs = 60): void {
  const size = Math.ceil(body.length / parts);
  let offset = 0;
  const next = () => {
    if (response.destroyed) return;
    if (offset >= body.length) return void response.end();
    response.write(body.subarray(offset, offset + size));
    offset += size;
    setTimeout(next, pauseMs);
  };
  next();
}

/** A second origin: /cors/<name>, /nocors/<name>, /missing.csv, /page.html, /huge.csv, /error.csv. */
export function startDataHost(): Promise<TestServer> {
  return start((request, response, files) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const [, access, name] = url.pathname.split('/');
    const body = files.get(decodeURIComponent(name ?? ''));
    if ((access === 'cors' || access === 'nocors') && body) {
      response.writeHead(200, { ...(access === 'cors' ? CORS : {}), 'Content-Type': 'text/csv', 'Content-Length': body.length });
      return slowly(response, body);
    }
    if (url.pathname === '/page.html') {
      response.writeHead(200, { ...CORS, 'Content-Type': 'text/html' });
      return void response.end('<!doctype html><html><body>Not a data file</body></html>');
    }
    if (url.pathname === '/huge.csv') {
      // Claims 5 GB; the app must refuse on the header and close the connection.
      response.writeHead(200, { ...CORS, 'Content-Type': 'text/csv', 'Content-Length': String(5e9) });
      response.write('a,b\n');
      return void setTimeout(() => response.destroy(), 5_000);
    }
    if (url.pathname === '/error.csv') {
      response.writeHead(500, CORS);
      return void response.end('boom');
    }
    response.writeHead(404, CORS);
    response.end('not found');
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `dir` under `prefix` (e.g. /tools/ottok/) with plain static-host behaviour: no special headers. */
export function startStaticHost(dir: string, prefix: string): Promise<TestServer> {
  const root = path.resolve(dir);
  return start((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(prefix)) return void response.writeHead(404).end();
    let file = path.resolve(root, `.${decodeURIComponent(url.pathname.slice(prefix.length - 1))}`);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
}

export const fixtureBytes = (file: string): Buffer => readFileSync(file);
