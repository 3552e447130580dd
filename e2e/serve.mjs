// Serves the built renderer for the UI tests (the same server `npm start` uses in browser mode).
import { serveStatic } from '../scripts/static-server.mjs';

const port = Number(process.argv[2] ?? 4319);
const { url } = await serveStatic({ root: 'dist/renderer', port });
console.log(`e2e: serving dist/renderer at ${url}`);
