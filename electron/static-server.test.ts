// Browser mode (scripts/static-server.mjs, plain JS) must serve with the same policy as the Electron
// app:// protocol: the two copies of the CSP, MIME table and traversal rule are compared here.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module without type declarations
import * as server from '../scripts/static-server.mjs';
import { CONTENT_SECURITY_POLICY, MIME_TYPE_TABLE, resolveInsideRoot } from './security';

describe('browser-mode server and Electron protocol agree', () => {
  it('send the same Content-Security-Policy', () => expect(server.CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY));
  it('use the same MIME types', () => expect(server.MIME_TYPE_TABLE).toEqual(MIME_TYPE_TABLE));
  it.each(['/', '/assets/a.js', '/../x', '/%2e%2e/x', '/a%00b', '/C:/x'])('resolve %s the same way', (p) => {
    expect(server.resolveInsideRoot('/srv/app', p)).toBe(resolveInsideRoot('/srv/app', p));
  });
});
