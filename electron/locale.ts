// The app's locale is British English whatever the machine's: Chromium's own controls (spell-check
// language, number and date formats of anything left to the engine, the Accept-Language of the page)
// follow it. Must run before the app is ready; the Electron API is injected so the rule is tested in Node.

export const APP_LOCALE = 'en-GB';

export interface LocaleDeps {
  readonly commandLine: { appendSwitch(name: string, value?: string): void };
  isReady(): boolean;
}

export function pinAppLocale(app: LocaleDeps): void {
  // After 'ready' the switch is silently ignored: fail loudly instead, so a reordering of main.ts is caught.
  if (app.isReady()) throw new Error('pinAppLocale must run before the app is ready');
  app.commandLine.appendSwitch('lang', APP_LOCALE);
}
