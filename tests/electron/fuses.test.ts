// The packaged app's Electron fuses: build/electron-builder.yml is read, its electronFuses
// turned into a fuse wire by electron-builder's own code (what `npm run dist` does after
// packing), and that wire flipped by @electron/fuses into a stand-in Electron binary holding
// the fuse sentinel with every fuse at Electron's default. Reading the binary back, each
// fuse must be as the security review asks.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';
import { PlatformPackager } from 'app-builder-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const CONFIG = fileURLToPath(new URL('../../build/electron-builder.yml', import.meta.url));
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** A fuse is the byte '1' (on) or '0' (off) in the wire after the sentinel. */
const FuseState = { ENABLE: 0x31, DISABLE: 0x30 } as const;
type FuseState = (typeof FuseState)[keyof typeof FuseState];
const dir = mkdtempSync(join(tmpdir(), 'scrutineer-fuses-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Electron 45's defaults: RunAsNode, NODE_OPTIONS and --inspect on; cookie encryption, ASAR checks off. */
const ELECTRON_DEFAULTS = '10110011';

function fakeElectron(): string {
  const file = join(dir, 'electron');
  const wire = Buffer.from(ELECTRON_DEFAULTS, 'latin1');
  writeFileSync(file, Buffer.concat([Buffer.alloc(1024, 0x90), Buffer.from(SENTINEL), Buffer.from([Number(FuseVersion.V1), wire.length]), wire, Buffer.alloc(512)]));
  return file;
}

describe('Electron fuses at packaging', () => {
  const config = parse(readFileSync(CONFIG, 'utf8')) as { electronFuses?: Record<string, boolean>; asar?: boolean };

  it('packs the app into an ASAR archive, which the ASAR fuses rely on', () => {
    expect(config.asar).toBe(true);
  });

  it('flips each fuse as required in the packaged binary', async () => {
    expect(config.electronFuses).toBeDefined();
    // electron-builder's own translation (private, hence the cast) of the YAML into a fuse wire config.
    const packager = PlatformPackager.prototype as unknown as { generateFuseConfig(fuses: unknown): Promise<FuseConfig> };
    const fuseConfig = await packager.generateFuseConfig.call({}, config.electronFuses);
    const binary = fakeElectron();
    const before = await getCurrentFuseWire(binary);
    expect(before[FuseV1Options.RunAsNode]).toBe(FuseState.ENABLE);
    await flipFuses(binary, fuseConfig);
    const wire = await getCurrentFuseWire(binary);
    const expected: [FuseV1Options, FuseState][] = [
      [FuseV1Options.RunAsNode, FuseState.DISABLE],
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable, FuseState.DISABLE],
      [FuseV1Options.EnableNodeCliInspectArguments, FuseState.DISABLE],
      [FuseV1Options.EnableCookieEncryption, FuseState.ENABLE],
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, FuseState.ENABLE],
      [FuseV1Options.OnlyLoadAppFromAsar, FuseState.ENABLE],
      [FuseV1Options.GrantFileProtocolExtraPrivileges, FuseState.DISABLE],
    ];
    for (const [fuse, state] of expected) {
      expect({ fuse: FuseV1Options[fuse], state: wire[fuse] }).toEqual({ fuse: FuseV1Options[fuse], state });
    }
  });

  it('names an update feed for electron-updater', () => {
    const publish = (config as { publish?: { provider?: string; url?: string } }).publish;
    expect(publish?.provider).toBe('generic');
    expect(publish?.url).toMatch(/^https:\/\//);
  });
});
