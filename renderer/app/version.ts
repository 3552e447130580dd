// The app's version is package.json's (bundlers keep only this field of the import).
import { version } from '../../package.json';

export const APP_VERSION: string = version;
