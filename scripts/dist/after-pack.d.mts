// Types for after-pack.mjs (plain JS so electron-builder loads it without a build).
import type { AfterPackContext } from 'app-builder-lib';

export function packagedBinary(context: AfterPackContext): string;
export default function afterPack(context: AfterPackContext): Promise<{ binary: string; wires: number } | null>;
