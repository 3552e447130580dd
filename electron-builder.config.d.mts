// Types for electron-builder.config.mjs (plain JS, as electron-builder loads it): the packaging test imports it.
import type { Configuration } from 'app-builder-lib';

declare const config: Configuration;
export default config;
