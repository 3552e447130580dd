import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../shared/host/api';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isBlockedPageRequest,
  isNavigationAllowed,
  isPermissionAllowed,
  mimeTypeFor,
  resolveAppRequest,
  resolveInsideRoot,
  responseHeaders,
} from './security';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('never allows eval or inline script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(csp.get('script-src')).toEqual(["'self'"]);
  });

  it('lets workers load only from the app’s own files (no blob: or data: workers)', () => {
    expect(csp.get('worker-src')).toEqual(["'self'"]);
  });

  it('is the renderer’s own meta policy too (both apply), but for frame-ancestors, which a meta policy cannot set', () => {
    const html = readFileSync(path.join(import.meta.dirname, '../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const header = new Map(csp);
    header.delete('frame-ancestors');
    expect(directives(meta)).toEqual(header);
  });

  it('restricts default-src and the other fetch directives to the app itself', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    // Team sync's server is chosen at run time; main's request filter limits sockets to that one.
    expect(csp.get('connect-src')).toEqual(["'self'", 'ws:', 'wss:']);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows no remote host anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('is sent with every response', () => {
    expect(responseHeaders('text/html')).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});

describe('the app origin', () => {
  it('is a standard, secure scheme that does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect('bypassCSP' in APP_SCHEME_PRIVILEGES).toBe(false);
    expect(APP_ENTRY_URL).toBe('app://panelwright/index.html');
  });

  it('recognises only app://panelwright', () => {
    expect(isAppUrl('app://panelwright/index.html')).toBe(true);
    expect(isAppUrl('app://panelwright')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@panelwright/')).toBe(false);
    expect(isAppUrl('app://panelwright:8080/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('navigation', () => {
  it.each([
    'http://evil.example/',
    'https://evil.example/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'app://evil/index.html',
  ])('blocks %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(false);
  });

  it.each(['app://panelwright/', 'app://panelwright/index.html', 'app://panelwright/index.html#/papers/3'])('allows %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(true);
  });
});

describe('external links (shared isAllowedExternalUrl, used by window-open and IPC)', () => {
  it.each(['https://www.gov.uk/guidance', 'mailto:clerk@example.org'])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });
  it.each(['http://example.com', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'app://panelwright/', 'mailto:', ''])(
    'refuses %s',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(false);
    },
  );
});

describe('permissions', () => {
  it('grants only persistent storage and sanitised clipboard writes, to the app origin', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://panelwright/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://panelwright')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('persistent-storage', undefined)).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])('denies %s', (p) => {
    expect(isPermissionAllowed(p, 'app://panelwright/index.html')).toBe(false);
  });
});

describe('network requests', () => {
  it('cancels any remote request a page makes, but not the browser process’s own', () => {
    expect(isBlockedPageRequest({ url: 'https://cdn.example/x.js', webContentsId: 1 })).toBe(true);
    expect(isBlockedPageRequest({ url: 'wss://evil.example/', webContentsId: 1 })).toBe(true);
    expect(isBlockedPageRequest({ url: 'https://dictionaries.example/en-GB.bdic' })).toBe(false);
  });

  it('lets the page open a socket to the team sync server it connected to, and to no other', () => {
    const sync = 'wss://sync.example.gov.uk';
    expect(isBlockedPageRequest({ url: 'wss://sync.example.gov.uk/', webContentsId: 1 }, sync)).toBe(false);
    expect(isBlockedPageRequest({ url: 'wss://sync.example.gov.uk:443/x', webContentsId: 1 }, sync)).toBe(false);
    expect(isBlockedPageRequest({ url: 'wss://evil.example/', webContentsId: 1 }, sync)).toBe(true);
    expect(isBlockedPageRequest({ url: 'ws://sync.example.gov.uk/', webContentsId: 1 }, sync)).toBe(true);
    expect(isBlockedPageRequest({ url: 'https://sync.example.gov.uk/', webContentsId: 1 }, sync)).toBe(true);
    expect(isBlockedPageRequest({ url: 'wss://sync.example.gov.uk/', webContentsId: 1 }, null)).toBe(true);
  });
});

describe('app:// file resolution', () => {
  const root = path.resolve('/srv/pw/dist/renderer');

  it('serves files inside dist/renderer, and index.html for /', () => {
    expect(resolveAppRequest(root, 'app://panelwright/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://panelwright/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppRequest(root, 'app://panelwright/assets/my%20font.woff2')).toBe(path.join(root, 'assets', 'my font.woff2'));
  });

  it('ignores query strings and fragments', () => {
    expect(resolveAppRequest(root, 'app://panelwright/index.html?x=1#/a')).toBe(path.join(root, 'index.html'));
  });

  it('refuses other origins', () => {
    expect(resolveAppRequest(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppRequest(root, 'file:///etc/passwd')).toBeNull();
  });

  it.each([
    '/../../etc/passwd',
    '/assets/../../package.json',
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E%2Fpackage.json',
    '/..%5c..%5cwindows%5cwin.ini',
  ])('refuses traversal %s', (pathname) => {
    expect(resolveInsideRoot(root, pathname)).toBeNull();
  });

  it('decodes only once: a double-encoded "../" is a harmless file name inside root', () => {
    expect(resolveInsideRoot(root, '/%252e%252e%252fx')).toBe(path.join(root, '%2e%2e%2fx'));
  });

  it('refuses ../ and encoded ../ outright', () => {
    for (const p of ['/../etc/passwd', '/..%2fetc%2fpasswd', '/%2e%2e%2fetc', '/a/%2e%2e/%2e%2e/b', '/x%00.html', '/%E0%A4%A']) {
      expect(resolveInsideRoot(root, p), p).toBeNull();
    }
  });

  it('refuses traversal, drive letters and UNC paths with Windows path rules', () => {
    const winRoot = 'C:\\Program Files\\Panelwright\\resources\\dist\\renderer';
    expect(resolveInsideRoot(winRoot, '/assets/a.js', path.win32)).toBe(`${winRoot}\\assets\\a.js`);
    for (const p of ['/..%5c..%5cwin.ini', '/C:/Windows/win.ini', '/%5c%5cserver%5cshare', '/..\\x']) {
      expect(resolveInsideRoot(winRoot, p, path.win32), p).toBeNull();
    }
  });
});

describe('MIME types', () => {
  it('serves module scripts as JavaScript and pages as HTML', () => {
    expect(mimeTypeFor('/a/index.html')).toMatch(/^text\/html/);
    expect(mimeTypeFor('/a/index-abc.JS')).toMatch(/^text\/javascript/);
    expect(mimeTypeFor('/a/x.css')).toMatch(/^text\/css/);
    expect(mimeTypeFor('/a/x.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/a/x.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/a/x.unknown')).toBe('application/octet-stream');
  });
});
