import { describe, expect, it } from 'vitest';
import { createMenuTemplate, createWindowOptions } from './window-options';

describe('main window options', () => {
  const options = createWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs', devTools: false });
  const web = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer, with no Node in the page', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and <webview> off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.disableBlinkFeatures).toContain('Auxclick');
    expect('enableBlinkFeatures' in web).toBe(false);
  });

  it('uses the bundled preload', () => {
    expect(web.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('has the app title and DevTools only when asked', () => {
    expect(options.title).toBe('Panelwright');
    expect(web.devTools).toBe(false);
    expect(createWindowOptions({ preloadPath: '/p', devTools: true }).webPreferences?.devTools).toBe(true);
  });
});

describe('app menu', () => {
  const roles = (template: ReturnType<typeof createMenuTemplate>): string[] =>
    template.flatMap((item) => [item.role ?? '', ...(Array.isArray(item.submenu) ? item.submenu.map((s) => s.role ?? '') : [])]).filter(Boolean);

  it.each([true, false])('has the standard Edit roles (isMac=%s), so shortcuts work', (isMac) => {
    const r = roles(createMenuTemplate({ isMac, devTools: false }));
    for (const role of ['cut', 'copy', 'paste', 'selectAll']) expect(r).toContain(role);
  });

  it.each([true, false])('sends Undo and Redo to the page (isMac=%s), so the paper’s history answers them', (isMac) => {
    const sent: string[] = [];
    const edit = createMenuTemplate({ isMac, devTools: false, sendEditCommand: (c) => void sent.push(c) }).find((m) => m.label === 'Edit')!;
    const items = edit.submenu as { label?: string; accelerator?: string; click?: () => void }[];
    const undo = items.find((i) => i.label === 'Undo')!;
    const redo = items.find((i) => i.label === 'Redo')!;
    expect(undo.accelerator).toBe('CmdOrCtrl+Z');
    expect(redo.accelerator).toBe(isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y');
    undo.click!();
    redo.click!();
    expect(sent).toEqual(['undo', 'redo']);
  });

  it('offers reload and DevTools only in development', () => {
    expect(roles(createMenuTemplate({ isMac: false, devTools: false }))).not.toContain('toggleDevTools');
    expect(roles(createMenuTemplate({ isMac: false, devTools: false }))).not.toContain('reload');
    expect(roles(createMenuTemplate({ isMac: false, devTools: true }))).toContain('toggleDevTools');
  });

  it('has the macOS app menu only on macOS', () => {
    expect(roles(createMenuTemplate({ isMac: true, devTools: false }))).toContain('appMenu');
    expect(roles(createMenuTemplate({ isMac: false, devTools: false }))).not.toContain('appMenu');
  });
});
