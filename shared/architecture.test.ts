// The rules of docs/ARCHITECTURE.md, checked on the source: shared/ is pure, the renderer never
// reaches the operating system except through the host API, and electron/ stays thin.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

function violations(dir: string, forbidden: RegExp): string[] {
  return files(dir).flatMap((f) =>
    importsOf(f)
      .filter((i) => forbidden.test(i))
      .map((i) => `${f} imports ${i}`),
  );
}

describe('architecture rules', () => {
  it('shared/ imports no electron, react, dexie, tiptap or node modules', () => {
    expect(violations('shared', /^(electron|react|react-dom|dexie|dexie-react-hooks|@tiptap\/.*|node:.*|fs|path|os|child_process)$/)).toEqual([]);
  });
  it('renderer/ imports no electron or node modules', () => {
    expect(violations('renderer', /^(electron|node:.*|fs|path|os|child_process)$/)).toEqual([]);
  });
  it('electron/ imports electron only as types in modules tests load (main.ts and preload.ts are the entry points)', () => {
    const valueImports = files('electron')
      .filter((f) => !/(main|preload)\.ts$/.test(f))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^\s*import\s+(?!type\b)[^'"]*from\s+['"]electron['"]/gm)].map(() => f));
    expect(valueImports).toEqual([]);
  });
});
