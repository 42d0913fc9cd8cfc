import type { Configuration } from 'electron-builder';

/**
 * Installers (`npm run dist`): AppImage and deb on Linux, dmg on macOS, NSIS on Windows, built
 * from the electron-vite output in out/. electron-builder downloads Electron itself, so this
 * runs only where the internet is reachable.
 */
const config: Configuration = {
  appId: 'org.jointplan.desktop',
  productName: 'JointPlan',
  copyright: 'JointPlan',
  directories: { output: 'dist', buildResources: 'build' },
  // The app is out/ (main, preload, handout worker, renderer) plus the production
  // dependencies electron-builder adds from package.json; nothing from src/ is loaded.
  files: [
    'out/**/*',
    'package.json',
    '!**/*.map',
    // better-sqlite3-multiple-ciphers' SQLite sources and C++ are for building it; its prebuilds are what loads.
    '!**/node_modules/better-sqlite3-multiple-ciphers/{deps,src}/**',
    // The handout draws lucide's SVG files (src/main/handout/icons.ts); its fonts and
    // JavaScript builds (57 MB) are never loaded.
    '!**/node_modules/lucide-static/{dist,font}/**',
    '!**/node_modules/lucide-static/{sprite.svg,icon-nodes.json,tags.json}',
  ],
  // Handout fonts are read from disk at run time (src/main/handout/fonts.ts looks in
  // process.resourcesPath/fonts). The seed catalogue and templates are bundled into out/main.
  extraResources: [
    { from: 'resources/fonts', to: 'fonts', filter: ['**/*.ttf', '**/*.otf', 'OFL*.txt'] },
  ],
  asar: true,
  // A native module cannot be loaded from inside an asar archive.
  asarUnpack: [
    '**/node_modules/better-sqlite3-multiple-ciphers/**',
    // sharp's N-API module and libvips, from the @img packages npm installs per platform.
    '**/node_modules/sharp/**',
    '**/node_modules/@img/**',
  ],
  // better-sqlite3-multiple-ciphers ships N-API prebuilds that load in Node and Electron alike: nothing to
  // rebuild, and no compiler or Electron headers needed on the build machine.
  npmRebuild: false,
  afterPack: './build/after-pack.ts',
  icon: 'build/icon.png',
  linux: {
    target: ['AppImage', 'deb'],
    category: 'MedicalSoftware',
    maintainer: 'JointPlan',
    synopsis: 'Joint-protection plans and patient handouts for hand therapists',
  },
  deb: { packageCategory: 'science' },
  mac: { target: ['dmg'], category: 'public.app-category.medical' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
};

export default config;
