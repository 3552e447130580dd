// Browser mode (scripts/static-server.mjs, plain JS) must serve with the same policy as the Electron
// app:// protocol: the two copies of the CSP, MIME table and traversal rule are compared here.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as server from '../scripts/static-server.mjs';
import { CONTENT_SECURITY_POLICY, MIME_TYPE_TABLE, resolveInsideRoot } from './security';

describe('browser-mode server and Electron protocol agree', () => {
  it('send the same Content-Security-Policy', () => expect(server.CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY));
  it('use the same MIME types', () => expect(server.MIME_TYPE_TABLE).toEqual(MIME_TYPE_TABLE));
  it.each(['/', '/assets/a.js', '/../x', '/%2e%2e/x', '/a%00b', '/C:/x'])('resolve %s the same way', (p) => {
    expect(server.resolveInsideRoot('/srv/app', p)).toBe(resolveInsideRoot('/srv/app', p));
  });
});

describe('browser-mode server over HTTP', () => {
  // Raw requests (node:http keeps the path exactly as written; fetch would normalise "../" away).
  const { request } = http;
  function get(port: number, rawPath: string, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: rawPath, method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('serves dist files with their MIME type and the CSP, and refuses traversal and writes', async () => {
    const root = await mkdtemp(join(tmpdir(), 'panelwright-static-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Panelwright</title>');
    await writeFile(join(root, 'assets', 'a.js'), 'export {};');
    await writeFile(join(root, '..', 'panelwright-secret.txt'), 'secret'); // a sibling of root
    const { server: s, url } = await server.serveStatic({ root, port: 0 });
    const port = Number(new URL(url).port);
    try {
      const index = await get(port, '/');
      expect(index.status).toBe(200);
      expect(index.headers['content-type']).toMatch(/^text\/html/);
      expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(index.body).toContain('<title>Panelwright</title>');
      expect((await get(port, '/assets/a.js')).headers['content-type']).toMatch(/^text\/javascript/);
      for (const p of [
        '/../panelwright-secret.txt',
        '/..%2fpanelwright-secret.txt',
        '/%2e%2e/panelwright-secret.txt',
        '/..%5cpanelwright-secret.txt',
        '/assets',
      ]) {
        const r = await get(port, p);
        expect(r.status, p).toBe(404);
        expect(r.body).not.toContain('secret');
      }
      expect((await get(port, '/', 'POST')).status).toBe(405);
    } finally {
      await new Promise((r) => s.close(r));
    }
  });

  it('falls back to a free port when the usual one is taken, and says so', async () => {
    const root = await mkdtemp(join(tmpdir(), 'panelwright-static-'));
    const first = await server.serveStatic({ root, port: 0 });
    const taken = Number(new URL(first.url).port);
    const second = await server.serveStatic({ root, port: taken });
    try {
      expect(second.fellBack).toBe(true);
      expect(second.url).not.toBe(first.url);
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    } finally {
      await Promise.all([first, second].map(({ server: s }) => new Promise((r) => s.close(r))));
    }
  });
});
