// ESLint (flat config): typescript-eslint's strict type-checked rules, React's hooks rules, JSX
// accessibility, and the rules between the parts of docs/ARCHITECTURE.md as import rules (they
// replace shared/architecture.test.ts's checks and add: features do not import each other's
// internals). Formatting is Prettier's (eslint-config-prettier turns off rules that would disagree).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_MODULES = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'zlib'];

/** Renderer folders that are features: each owns its screens; others use only its public modules. */
const FEATURES = ['papers', 'plans', 'measures', 'library', 'committees', 'settings', 'backup', 'import'];
/**
 * What a feature offers the rest of the renderer: its entries in the "Insert data…" dialog and the
 * import dialog. The shell (renderer/app) mounts every feature's screens, so it may import them.
 */
const PUBLIC = ['insert-kinds', 'ImportDialog', 'ImportPlanButton'];

const restricted = (...rules) => ['error', { paths: rules.flatMap((r) => r.paths ?? []), patterns: rules.flatMap((r) => r.patterns ?? []) }];

const noNode = (where) => ({ patterns: [{ group: NODE_MODULES, message: `${where} never imports Node's modules (docs/ARCHITECTURE.md).` }] });
const noElectron = (where) => ({
  paths: [{ name: 'electron', message: `${where} never imports electron: the renderer reaches the OS only through the host API.` }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'reports/**', 'test-results/**', 'playwright-report/**', '.cache/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mjs', 'scripts/*.mjs', 'scripts/dist/*.mjs', 'e2e/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
  },
  {
    rules: {
      // Numbers in messages ("more than 20,000 rows") are what templates are for.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => save()}` is the usual React shape, not a confusing use of a void value.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // A leading underscore marks a value left out on purpose (`const { id: _id, ...rest } = x`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Errors, not warnings: a missed dependency is a stale value in an autosave, and npm test fails on errors.
      'react-hooks/exhaustive-deps': 'error',
      'react-hooks/incompatible-library': 'error',
      'react-hooks/unsupported-syntax': 'error',
    },
  },
  { files: ['renderer/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },

  // ---- The architecture (docs/ARCHITECTURE.md, "The parts") ----
  {
    files: ['shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restricted(noNode('shared/'), {
        paths: ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks'].map((name) => ({
          name,
          message: 'shared/ is pure: no electron, react or dexie (docs/ARCHITECTURE.md).',
        })),
        patterns: [
          { group: ['@tiptap/*'], message: 'shared/ is pure: the editor lives in renderer/editor.' },
          { group: ['**/renderer/**', '**/electron/**', '**/scripts/**'], message: 'shared/ imports only shared/ and pure packages.' },
        ],
      }),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restricted(noNode('renderer/'), noElectron('renderer/'), {
        patterns: [{ group: ['**/electron/**', '**/scripts/**'], message: 'The renderer reaches the shell only through shared/host/api.ts.' }],
      }),
    },
  },
  // electron/: the Electron API is injected, so modules tests load import it as types only.
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', allowTypeImports: true, message: 'Import electron as types only here; main.ts injects the API (tests load this module).' },
          ],
        },
      ],
    },
  },
  // Features do not import each other's internals: only a feature's public modules cross over.
  ...FEATURES.map((feature) => ({
    files: [`renderer/${feature}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restricted(noNode('renderer/'), noElectron('renderer/'), {
        patterns: [
          {
            group: [
              ...FEATURES.filter((f) => f !== feature).flatMap((f) => [`../${f}/*`, `../../${f}/*`]),
              ...PUBLIC.flatMap((p) => [`!../*/${p}`, `!../../*/${p}`]),
            ],
            message: `renderer/${feature} uses another feature only through its public modules (${PUBLIC.join(', ')}); shared pieces belong in renderer/ui, db, editor, blocks or shared/.`,
          },
          { group: ['**/electron/**', '**/scripts/**'], message: 'The renderer reaches the shell only through shared/host/api.ts.' },
        ],
      }),
    },
  })),
  // The "Insert data…" dialog lists every feature's entries, and nothing else of them.
  {
    files: ['renderer/blocks/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restricted(noNode('renderer/'), noElectron('renderer/'), {
        patterns: [
          {
            group: [...FEATURES.flatMap((f) => [`../${f}/*`, `../../${f}/*`]), ...PUBLIC.flatMap((p) => [`!../*/${p}`, `!../../*/${p}`])],
            message: 'renderer/blocks uses a feature only through its insert-kinds.',
          },
        ],
      }),
    },
  },
  // The data layer and the shared UI sit below the features.
  ...['db', 'ui', 'host', 'editor'].map((layer) => ({
    files: [`renderer/${layer}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restricted(noNode('renderer/'), noElectron('renderer/'), {
        patterns: [
          { group: FEATURES.flatMap((f) => [`../${f}/*`, `../../${f}/*`]), message: `renderer/${layer} is used by the features and imports none of them.` },
        ],
      }),
    },
  })),

  // Tests and scripts run in Node; type-aware rules that only make sense for app code are relaxed there.
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Vitest's asymmetric matchers (expect.stringMatching …) are typed any.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  prettier,
);
