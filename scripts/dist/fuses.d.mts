// Types for fuses.mjs (plain JS so electron-builder loads it without a build).
import type { FuseConfig } from '@electron/fuses';

export const APP_FUSES: Readonly<FuseConfig>;
export function fusesFor(platform: string, arch: string, host?: string): FuseConfig;
export function flipAppFuses(binaryPath: string, target: { platform: string; arch: string; host?: string }): Promise<number>;
