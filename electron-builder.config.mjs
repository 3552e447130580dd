// Installers (npm run dist): electron-builder packages the built app (dist/, made by npm run build)
// for Windows (NSIS per-user setup and an MSI for per-machine installs pushed by IT), macOS (dmg)
// and Linux (AppImage and .deb). What was verified where is in README.md ("Installers").
//
// Signing is on only when credentials are in the environment: Windows CSC_LINK / CSC_KEY_PASSWORD
// (or WIN_CSC_LINK), macOS CSC_LINK (a Developer ID certificate) and, for notarisation,
// APPLE_API_KEY + APPLE_API_KEY_ID + APPLE_API_ISSUER or APPLE_ID + APPLE_APP_SPECIFIC_PASSWORD +
// APPLE_TEAM_ID. Without them the installers are built unsigned.
const env = process.env;
const macSigning = Boolean(env.CSC_LINK || env.CSC_NAME);
const macNotarising =
  macSigning &&
  Boolean((env.APPLE_API_KEY && env.APPLE_API_KEY_ID && env.APPLE_API_ISSUER) || (env.APPLE_ID && env.APPLE_APP_SPECIFIC_PASSWORD && env.APPLE_TEAM_ID));
// Automatic updates stay off in the app unless switched on (electron/auto-update.ts). A release that
// offers them is built with PANELWRIGHT_UPDATE_URL set, so latest.yml is written for that server.
const updateUrl = env.PANELWRIGHT_UPDATE_URL;

/** @type {import('app-builder-lib').Configuration} */
const config = {
  appId: 'org.panelwright.app',
  productName: 'Panelwright',
  executableName: 'panelwright',
  copyright: 'Copyright © Panelwright contributors',
  directories: { output: 'release', buildResources: 'build' },
  // Only the built app: both processes are bundled (esbuild, Vite), so no node_modules are needed at
  // run time; no source maps, no tests, no sources.
  files: [
    'package.json',
    'dist/electron/main.cjs',
    'dist/electron/preload.cjs',
    'dist/electron/validate-worker.mjs',
    'dist/renderer/**/*',
    '!**/*.map',
    '!node_modules/**/*',
  ],
  asar: true,
  // The Open XML schema validator runs in a worker thread, which starts from a real file, not one in the asar.
  asarUnpack: ['dist/electron/validate-worker.mjs'],
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  afterPack: './scripts/dist/after-pack.mjs',
  icon: 'build/icon.png',
  fileAssociations: [
    {
      ext: 'panelwright',
      name: 'Panelwright backup',
      description: 'Panelwright backup',
      mimeType: 'application/x-panelwright-backup',
      role: 'Editor',
    },
    {
      ext: 'pwpack',
      name: 'Panelwright update pack',
      description: 'Panelwright update pack',
      mimeType: 'application/x-panelwright-update-pack',
      role: 'Editor',
    },
  ],
  publish: updateUrl ? [{ provider: 'generic', url: updateUrl }] : null,
  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ],
    icon: 'build/icon.png',
  },
  // Per-user setup: no administrator rights needed, installs under the user's AppData.
  nsis: {
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Panelwright',
    artifactName: '${productName}-${version}-setup-${arch}.${ext}',
  },
  // Per-machine MSI for managed deployment (Intune, SCCM, group policy). The upgrade code never
  // changes, so a newer MSI replaces an older one.
  msi: {
    perMachine: true,
    oneClick: true,
    upgradeCode: '6f1c2b7e-3d4a-4e5f-9a8b-7c6d5e4f3a21',
    createDesktopShortcut: false,
    runAfterFinish: false,
    artifactName: '${productName}-${version}-${arch}.${ext}',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['universal'] }],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
    identity: macSigning ? undefined : null,
    notarize: macNotarising,
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    category: 'Office',
    icon: 'build/icons',
    maintainer: 'Panelwright contributors',
    synopsis: 'Committee papers, written offline and exported to Word',
    description: 'Write committee papers, delivery-plan updates and performance reports offline, and export them as formatted Word documents.',
    desktop: { entry: { StartupWMClass: 'Panelwright' } },
  },
  deb: { artifactName: '${name}_${version}_${arch}.${ext}' },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
};

export default config;
