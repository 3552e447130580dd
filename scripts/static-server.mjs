// A tiny static file server for browser mode: serves dist/renderer on 127.0.0.1 with the same CSP and
// MIME rules as the Electron app:// protocol. Plain JS (scripts run without a TS loader), so the CSP and
// MIME table are copies of electron/security.ts; electron/static-server.test.ts keeps them identical.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const MIME_TYPE_TABLE = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(filePath) {
  return MIME_TYPE_TABLE[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Same rule as resolveInsideRoot in electron/security.ts: decode once, refuse `..`, stay inside root. */
export function resolveInsideRoot(root, urlPathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (/[\0\\:]/.test(decoded)) return null;
  if (decoded === '' || decoded.endsWith('/')) decoded += 'index.html';
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0 || segments.some((s) => s === '..')) return null;
  const resolvedRoot = path.resolve(root);
  const resolved = path.resolve(resolvedRoot, ...segments);
  const rel = path.relative(resolvedRoot, resolved);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return resolved;
}

function headers(contentType, length) {
  return {
    'Content-Type': contentType,
    'Content-Length': String(length),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

function sendText(res, status, text, method) {
  const body = Buffer.from(text);
  res.writeHead(status, headers('text/plain; charset=utf-8', body.length));
  res.end(method === 'HEAD' ? undefined : body);
}

/** An http.Server (not yet listening) serving files from `root`. */
export function createStaticServer(root) {
  return createServer(async (req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') return sendText(res, 405, 'Method not allowed', method);
    // Only the path matters; the raw target keeps encoded sequences such as %2e%2e%2f for the check.
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    if (!rawPath.startsWith('/')) return sendText(res, 400, 'Bad request', method);
    const filePath = resolveInsideRoot(root, rawPath);
    if (filePath === null) return sendText(res, 404, 'Not found', method);
    try {
      const info = await stat(filePath);
      if (!info.isFile()) return sendText(res, 404, 'Not found', method);
      const body = await readFile(filePath);
      res.writeHead(200, headers(mimeTypeFor(filePath), body.length));
      res.end(method === 'HEAD' ? undefined : body);
    } catch {
      sendText(res, 404, 'Not found', method);
    }
  });
}

/**
 * Listens on 127.0.0.1 only. The port is fixed by default because the browser keeps IndexedDB per origin
 * (port included): a different port would show an empty app. Falls back to a free port if it is taken.
 * Resolves { server, url, fellBack }.
 */
export function serveStatic({ root, port = 4780, host = '127.0.0.1' }) {
  const listen = (p) =>
    new Promise((resolve, reject) => {
      const server = createStaticServer(root);
      server.once('error', reject);
      server.listen(p, host, () => {
        server.off('error', reject);
        const address = server.address();
        const actual = typeof address === 'object' && address ? address.port : p;
        resolve({ server, url: `http://${host}:${actual}/` });
      });
    });
  return listen(port).then(
    (r) => ({ ...r, fellBack: false }),
    (error) => {
      if (error?.code !== 'EADDRINUSE' || port === 0) throw error;
      return listen(0).then((r) => ({ ...r, fellBack: true }));
    },
  );
}
