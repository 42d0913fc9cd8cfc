/**
 * What can be checked of `npm run dist` without downloading Electron: the builder
 * configuration passes electron-builder's own schema, a real pack (electron-builder itself,
 * with a stand-in Electron binary in place of the download) holds every file the built app
 * loads at run time, and the after-pack step burns JointPlan's fuses into the binary.
 */
import { listPackage } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
// electron-builder validates its configuration with this function before every build; it is
// not re-exported from the package, so the test reaches into app-builder-lib for it.
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { Arch, build, Platform, type AfterPackContext } from 'electron-builder';
import { builtinModules } from 'node:module';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../electron-builder.config.ts';
import afterPack from './after-pack.ts';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** Every file under a folder, as a path relative to that folder with forward slashes. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );
}

/** The packages the built main process and handout worker load (imports and require.resolve). */
function packagesLoadedByMain(): Set<string> {
  const mainDir = path.join(root, 'out/main');
  expect(existsSync(path.join(mainDir, 'index.js')), 'run `npm run build` first').toBe(true);
  const loaded = new Set<string>();
  const specifiers =
    /^import\s(?:[^;]*?\sfrom\s)?\s*"([^"]+)"|\b(?:import|require|require\.resolve)\(\s*"([^"]+)"\s*\)/gm;
  for (const file of walk(mainDir).filter((f) => f.endsWith('.js'))) {
    for (const m of readFileSync(path.join(mainDir, file), 'utf8').matchAll(specifiers)) {
      const spec = m[1] ?? m[2] ?? '';
      if (spec.startsWith('.') || spec.startsWith('node:')) continue;
      const name = spec.startsWith('@')
        ? spec.split('/').slice(0, 2).join('/')
        : spec.split('/')[0];
      if (name && name !== 'electron' && !builtinModules.includes(name)) loaded.add(name);
    }
  }
  return loaded;
}

/** A stand-in for the Electron binary: bytes around Electron's fuse wire, as shipped. */
function standInBinary(file: string): void {
  const shipped = [1, 0, 1, 1, 0, 0, 0, 1, 1].map((on) =>
    on ? FuseState.ENABLE : FuseState.DISABLE,
  );
  const wire = Buffer.concat([
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), // Electron's fuse sentinel
    Buffer.from([1, shipped.length, ...shipped]),
  ]);
  writeFileSync(file, Buffer.concat([Buffer.alloc(4096, 7), wire, Buffer.alloc(4096, 9)]), {
    mode: 0o755,
  });
}

function expectJointPlanFuses(wire: Awaited<ReturnType<typeof getCurrentFuseWire>>): void {
  expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
  expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
  expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
  expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
  expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
  expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
}

describe('the installers’ configuration', () => {
  it('is accepted by electron-builder', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('lists as dependencies every package the built main process loads', () => {
    const loaded = packagesLoadedByMain();
    expect([...loaded].filter((name) => !(name in pkg.dependencies))).toEqual([]);
    expect(loaded).toContain('better-sqlite3-multiple-ciphers');
    expect(loaded).toContain('lucide-static');
  });
});

describe.skipIf(process.platform !== 'linux')(
  'a pack by electron-builder with a stand-in Electron',
  () => {
    let work = '';
    let appDir = '';
    let asar: Set<string>;

    beforeAll(async () => {
      work = mkdtempSync(path.join(os.tmpdir(), 'jointplan-pack-'));
      const electronDist = path.join(work, 'electron');
      mkdirSync(electronDist);
      standInBinary(path.join(electronDist, 'electron'));
      writeFileSync(path.join(electronDist, 'version'), '45.4.1');
      writeFileSync(path.join(electronDist, 'LICENSE'), 'MIT');
      await build({
        projectDir: root,
        targets: Platform.LINUX.createTarget('dir', Arch.x64),
        publish: 'never',
        config: { ...config, electronDist, directories: { ...config.directories, output: work } },
      });
      appDir = path.join(work, 'linux-unpacked');
      asar = new Set(listPackage(path.join(appDir, 'resources/app.asar'), { isPack: false }));
    }, 180_000);

    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it('holds every file of the built app', () => {
      const missing = walk(path.join(root, 'out'))
        .filter((file) => !file.endsWith('.map'))
        .filter((file) => !asar.has(`/out/${file}`));
      expect(missing).toEqual([]);
      const packed = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
        main: string;
      };
      expect(asar.has(`/${path.posix.normalize(packed.main)}`)).toBe(true);
    });

    it('holds every package the main process loads, with better-sqlite3-multiple-ciphers outside the archive', () => {
      for (const name of packagesLoadedByMain())
        expect(asar, name).toContain(`/node_modules/${name}/package.json`);
      expect(asar).toContain('/node_modules/lucide-static/icons/hand.svg');
      const prebuild = `node_modules/better-sqlite3-multiple-ciphers/prebuilds/${process.platform}-${process.arch}.node`;
      expect(existsSync(path.join(appDir, 'resources/app.asar.unpacked', prebuild))).toBe(true);
      expect(
        [...asar].some((file) =>
          file.startsWith('/node_modules/better-sqlite3-multiple-ciphers/deps/'),
        ),
      ).toBe(false);
    });

    it('ships the handout fonts where the app looks for them, and the seed data in the main bundle', () => {
      const fonts = walk(path.join(root, 'resources/fonts'));
      expect(walk(path.join(appDir, 'resources/fonts')).sort()).toEqual(fonts.sort());
      const mainBundle = walk(path.join(root, 'out/main'))
        .map((file) => readFileSync(path.join(root, 'out/main', file), 'utf8'))
        .join('\n');
      for (const file of [...walk(path.join(root, 'resources/catalogue')), 'built-in.json']) {
        const source =
          file === 'built-in.json'
            ? 'resources/templates/built-in.json'
            : `resources/catalogue/${file}`;
        // An item's id as a value ("seedId": "…") or, in the synonyms file, as a key.
        const match = /"(?:seedId|id)":\s*"([^"]+)"|^\s*"([a-z]+\.[a-z0-9-]+)":/m.exec(
          readFileSync(path.join(root, source), 'utf8'),
        );
        const firstId = match?.[1] ?? match?.[2];
        expect(firstId, source).toBeDefined();
        expect(mainBundle.includes(firstId ?? ''), source).toBe(true);
      }
    });

    it('burns JointPlan’s fuses into the packed binary', async () => {
      expectJointPlanFuses(await getCurrentFuseWire(path.join(appDir, 'jointplan')));
    });
  },
);

describe('the after-pack step on its own', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-afterpack-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const linuxContext = (): AfterPackContext =>
    ({
      appOutDir: dir,
      electronPlatformName: 'linux',
      arch: Arch.x64,
      packager: { appInfo: { productFilename: 'JointPlan' }, executableName: 'jointplan' },
    }) as unknown as AfterPackContext;

  it('changes only the fuse wire', async () => {
    const binary = path.join(dir, 'jointplan');
    standInBinary(binary);
    await afterPack(linuxContext());
    expectJointPlanFuses(await getCurrentFuseWire(binary));
    const bytes = readFileSync(binary);
    expect(bytes.subarray(0, 4096).every((b) => b === 7)).toBe(true);
    expect(bytes.subarray(bytes.length - 4096).every((b) => b === 9)).toBe(true);
  });

  it('refuses a binary without Electron’s fuse wire instead of shipping it unfused', async () => {
    writeFileSync(path.join(dir, 'jointplan'), Buffer.alloc(8192, 1));
    await expect(afterPack(linuxContext())).rejects.toThrow(/sentinel/);
  });
});
