#!/usr/bin/env node
// The app's icons from one source, assets/icon.svg, rendered by Chromium (playwright-core, already
// used by the UI tests) to PNG at every size the installers use: build/icon.png (1024 px, from which
// electron-builder makes the Windows .ico and the macOS .icns) and build/icons/NxN.png (Linux).
// Run `npm run icons` after changing the SVG; the PNGs are committed so packaging needs no browser.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

export async function makeIcons({ executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', outDir = path.join(root, 'build') } = {}) {
  const svg = readFileSync(path.join(root, 'assets/icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    mkdirSync(path.join(outDir, 'icons'), { recursive: true });
    const written = [];
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`,
      );
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const file = path.join(outDir, 'icons', `${size}x${size}.png`);
      writeFileSync(file, png);
      written.push(file);
      if (size === 1024) writeFileSync(path.join(outDir, 'icon.png'), png);
    }
    return written;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  makeIcons()
    .then((files) => console.log(`Wrote build/icon.png and ${files.length} sizes in build/icons/`))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
