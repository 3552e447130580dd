// Types for static-server.mjs (plain JS so it runs without a build): the TypeScript scripts and the
// test that compares it with electron/security.ts import it through these.
import type { Server } from 'node:http';

export const CONTENT_SECURITY_POLICY: string;
export const MIME_TYPE_TABLE: Readonly<Record<string, string>>;
export function mimeTypeFor(filePath: string): string;
export function resolveInsideRoot(root: string, urlPathname: string): string | null;
export function createStaticServer(root: string): Server;
export function serveStatic(options: { root: string; port?: number; host?: string }): Promise<{ server: Server; url: string; fellBack: boolean }>;
