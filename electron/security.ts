// Pure security decisions for the Electron shell: which URLs count as the app, which navigations and
// permissions are allowed, the Content-Security-Policy, and how app:// URLs map onto files. No
// `electron` import here, so every rule is unit-tested in plain Node (electron/security.test.ts).

import nodePath from 'node:path';
import type { CustomScheme } from 'electron';

/** The app is served from one fixed origin. IndexedDB belongs to an origin: never change it after release. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'panelwright';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `standard` gives the scheme a real origin (relative URLs resolve, storage APIs work); `secure` makes it a
 * secure context like https (IndexedDB, crypto.subtle, clipboard); `supportFetchAPI` lets fetch() load app
 * files; `corsEnabled` lets module scripts (type="module", crossorigin) load. No `bypassCSP`: our CSP applies.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
} as const satisfies CustomScheme['privileges'];

/**
 * Sent as a header on every app:// response (and by scripts/static-server.mjs in browser mode).
 * style-src allows 'unsafe-inline' because TipTap injects a <style> element at run time and pasted or
 * serialised HTML/SVG carries style attributes; styles cannot run script, and img-src/connect-src stop CSS
 * from exfiltrating data to another host. script-src has neither 'unsafe-inline' nor 'unsafe-eval'.
 * font-src allows data: because the renderer's own meta CSP does (both policies apply; keep them in step).
 * worker-src 'self': the Check and the Word export run in module workers loaded from the app's own
 * files (never blob: or data: workers, which would let text become script).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // ws:/wss: for team sync's server, which the user chooses at run time (Settings → Team) after this
  // policy was sent: the per-server limit is main's request filter (isBlockedPageRequest).
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every response the app's protocol sends. */
export function responseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for app://panelwright/… (no credentials, no port): the one origin our pages live at. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

/** In-window navigation stays inside the app; everything else (http, file, javascript, data…) is refused. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Permissions the app needs: keep IndexedDB from being evicted, and copy (sanitised write). Everything
 * else (camera, notifications, geolocation, clipboard read…) is denied, and only our own origin may ask.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage', 'clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

/**
 * No remote content: any network request a page makes is cancelled, except a WebSocket to the one
 * team sync server the user connected to in Settings → Team (`syncOrigin`, from syncServerOrigin).
 * Requests without a webContents (e.g. spell-check dictionaries the browser process fetches) are not
 * the page's and are left alone.
 */
export function isBlockedPageRequest(
  details: { readonly url: string; readonly webContentsId?: number | undefined },
  syncOrigin: string | null = null,
): boolean {
  if (details.webContentsId === undefined) return false;
  const u = parse(details.url);
  if (u === null) return true;
  if (syncOrigin !== null && (u.protocol === 'ws:' || u.protocol === 'wss:') && `${u.protocol}//${u.host}` === syncOrigin) return false;
  return ['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(u.protocol);
}

const MIME_TYPES: Readonly<Record<string, string>> = {
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

/** Module scripts are refused unless served with a JavaScript MIME type, so this must be right. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[nodePath.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Exported so scripts/static-server.mjs can be checked against the same table. */
export const MIME_TYPE_TABLE = MIME_TYPES;

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * Maps a URL path (still percent-encoded, as in URL.pathname) to a file inside `root`, or null.
 * Decodes once, then refuses NUL, backslashes, drive letters and any `..` segment before resolving, and
 * checks the result is still inside root — so `../`, `%2e%2e%2f` and `..%5c` all fail. `/` → index.html.
 * `pathApi` lets tests check Windows semantics with path.win32.
 */
export function resolveInsideRoot(root: string, urlPathname: string, pathApi: PathApi = nodePath): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null; // malformed escape such as %E0%A4%A
  }
  if (/[\0\\:]/.test(decoded)) return null;
  if (decoded === '' || decoded.endsWith('/')) decoded += 'index.html';
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0 || segments.some((s) => s === '..')) return null;
  const resolvedRoot = pathApi.resolve(root);
  const resolved = pathApi.resolve(resolvedRoot, ...segments);
  const rel = pathApi.relative(resolvedRoot, resolved);
  if (rel === '' || rel.startsWith('..') || pathApi.isAbsolute(rel)) return null;
  return resolved;
}

/** The file an app:// request asks for, or null when the URL is not ours or escapes dist/renderer. */
export function resolveAppRequest(root: string, requestUrl: string, pathApi: PathApi = nodePath): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const u = parse(requestUrl);
  return u === null ? null : resolveInsideRoot(root, u.pathname, pathApi);
}
