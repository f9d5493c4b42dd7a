// Serves sample CRM pages (demo/ and test/fixtures/) over HTTP on loopback, as a CRM would.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** @param {{ roots: Record<string, string>, port?: number, host?: string }} options  url prefix → folder */
export function startStaticServer({ roots, port = 0, host = '127.0.0.1' }) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(roots).sort((a, b) => b.length - a.length).find((p) => path.startsWith(p));
    if (!prefix) return void res.writeHead(404).end('not found');
    const base = resolve(roots[prefix]);
    let file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base)) return void res.writeHead(403).end('forbidden');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveStart({
        url: `http://${host}:${actualPort}`,
        port: actualPort,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done(undefined)); }),
      });
    });
  });
}
