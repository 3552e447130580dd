#!/usr/bin/env node
// `npm test`: type-check, format check, lint, unit tests (Vitest), build, then UI tests (Playwright in Chromium).
// Prints one closing line "N passed, N failed, N skipped" across both runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
const run = (label, cmd, args, env = {}) => {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
};

// The durability checks in the unit and UI steps write their figures here; the last step prints them.
const FIGURES = 'reports/durability-figures.jsonl';
let failedSteps = [];
if (run('type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) failedSteps.push('type-check');
// Formatting and lint (ESLint: typescript-eslint strict type-checked, React hooks, JSX accessibility and the
// architecture's import rules). A violation fails the run, as a failing test does.
if (run('format check', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']) !== 0) failedSteps.push('format check');
if (run('lint', 'npx', ['eslint', '--max-warnings', '0', '--pass-on-unpruned-suppressions', '.']) !== 0) failedSteps.push('lint');
const unit = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json'], {
  PANELWRIGHT_FIGURES: FIGURES,
});
if (unit !== 0) failedSteps.push('unit tests');
if (run('build', 'npm', ['run', 'build', '--silent']) !== 0) failedSteps.push('build');
const e2e = failedSteps.includes('build') ? 1 : run('UI tests', 'npx', ['playwright', 'test'], { CI: '1', PANELWRIGHT_FIGURES: FIGURES });
if (e2e !== 0) failedSteps.push('UI tests');
// A short crash-durability run on every change (the full one: npm run test:durability, 50 crashes), then
// the durability figures of this run: crashes, out of space, bad backups, hostile exports, automatic
// backups, two windows (short versions; npm run test:durability runs each at full length).
const durability = failedSteps.includes('build')
  ? 1
  : run('crash durability (5 crashes) and durability figures', 'npx', ['tsx', 'scripts/durability.ts', '--kills', '5', '--crash-only', '--figures', FIGURES]);
if (durability !== 0) failedSteps.push('crash durability');

let passed = 0,
  failed = 0,
  skipped = 0;
if (existsSync('reports/unit.json')) {
  const u = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
  passed += u.numPassedTests ?? 0;
  failed += u.numFailedTests ?? 0;
  skipped += (u.numPendingTests ?? 0) + (u.numTodoTests ?? 0);
}
if (existsSync('reports/e2e.json')) {
  const report = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
  const s = report.stats ?? {};
  // Say why each skipped UI test was skipped (e.g. no Electron binary on this machine).
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? []) {
        if (t.status === 'skipped')
          console.log(
            `Skipped: ${spec.title} — ${
              (t.annotations ?? [])
                .map((a) => a.description)
                .filter(Boolean)
                .join('; ') || 'no reason given'
            }`,
          );
      }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
}
if (durability === 0) passed += 1;
else failed += 1;
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
if (failedSteps.length && failed === 0) failed = failedSteps.length; // a broken build or type error counts as a failure
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
