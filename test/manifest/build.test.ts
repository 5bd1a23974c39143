/**
 * The production build really produces what manifest.xml points at: the shared runtime page with the
 * ribbon handlers in it, a local office.js (nothing fetched from a CDN), icons, help page, preview.
 * One webpack run (about 1-2 minutes on 2 cores) into a temporary folder, so dist/ is left alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findAll, parseXml } from './mini-xml';

const ROOT = join(__dirname, '..', '..');
const BUILD_TIMEOUT_MS = 6 * 60 * 1000;
/** gzipped budget for the task pane page's JavaScript (React + Fluent UI + the engine) */
const TASKPANE_GZIP_BUDGET = 500 * 1024;

const manifestSource = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const manifest = parseXml(manifestSource);

let out = '';
let build: { status: number | null; log: string } = { status: null, log: '' };

const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'cruscotto-build-'));
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
    env: { ...process.env, CRUSCOTTO_URL: '' },
  });
  build = { status: r.status, log: `${r.error ?? ''}${r.stdout}${r.stderr}`.slice(-4000) };
}, BUILD_TIMEOUT_MS + 30_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('production build (webpack --mode production)', () => {
  it('compiles without errors', () => {
    expect({ status: build.status, log: build.log }).toEqual({ status: 0, log: expect.not.stringContaining('ERROR') });
  });

  it('writes every file the manifest points at', () => {
    const urls = [
      ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].flatMap((n) => findAll(manifest, n).map((e) => e.attrs.DefaultValue)),
      ...findAll(manifest, 'Image').map((e) => e.attrs.DefaultValue),
      ...findAll(manifest, 'Url').map((e) => e.attrs.DefaultValue),
    ].filter((u): u is string => Boolean(u));
    const missing = urls.map((u) => new URL(u).pathname.slice(1)).filter((p) => !existsSync(join(out, p)));
    expect(missing).toEqual([]);
    expect(urls.length).toBeGreaterThanOrEqual(7);
  });

  it('loads office.js from the local copy before the bundle, and nothing from another host', () => {
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    const scripts = scriptsOf(html);
    expect(scripts[0]).toBe('office-js/office.js');
    expect(scripts.length).toBeGreaterThan(1);
    for (const s of scripts) {
      expect(s).not.toMatch(/^(https?:)?\/\//);
      expect(existsSync(join(out, s))).toBe(true);
    }
    expect(html).toContain('<div id=root>');
  });

  it("ships the office.js files Excel loads at run time (host scripts and Italian/English strings), not other hosts'", () => {
    const dir = join(out, 'office-js');
    for (const f of ['office.js', 'excel-win32-16.01.js', 'excel-web-16.00.js', 'excel-mac-16.00.js', 'it-it/office_strings.js', 'en-us/office_strings.js']) {
      expect([f, existsSync(join(dir, f))]).toEqual([f, true]);
    }
    const top = readdirSync(dir);
    expect(top.filter((f) => /^(outlook|word|powerpoint|onenote)/.test(f) || f.endsWith('.debug.js'))).toEqual([]);
  });

  it('puts the ribbon handlers named in the manifest into the shared runtime page', () => {
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    const code = scriptsOf(html)
      .filter((s) => !s.startsWith('office-js/'))
      .map((s) => readFileSync(join(out, s), 'utf8'))
      .join('\n');
    const names = findAll(manifest, 'FunctionName').map((f) => f.text);
    expect(names).toHaveLength(4);
    for (const name of names) expect([name, code.includes(name)]).toEqual([name, true]);
    expect(code).toContain('associate');
    const gz = gzipSync(code).length;
    console.log(`taskpane JS: ${(code.length / 1024).toFixed(0)} KiB, gzip ${(gz / 1024).toFixed(0)} KiB`);
    expect(gz).toBeLessThan(TASKPANE_GZIP_BUDGET);
  });

  it('builds a preview page that needs no Office at all', () => {
    const html = readFileSync(join(out, 'preview.html'), 'utf8');
    const scripts = scriptsOf(html);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.some((s) => s.includes('office'))).toBe(false);
    for (const s of scripts) expect(existsSync(join(out, s))).toBe(true);
  });

  it('copies manifest.xml unchanged when CRUSCOTTO_URL is not set', () => {
    expect(readFileSync(join(out, 'manifest.xml'), 'utf8')).toBe(manifestSource);
    expect(readFileSync(join(out, 'guida.html'), 'utf8')).toContain('Ripristina');
  });
});

describe('webpack.config.js', () => {
  const withEnv = async (url: string | undefined) => {
    const saved = process.env.CRUSCOTTO_URL;
    if (url === undefined) delete process.env.CRUSCOTTO_URL;
    else process.env.CRUSCOTTO_URL = url;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return await require(join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
    } finally {
      if (saved === undefined) delete process.env.CRUSCOTTO_URL;
      else process.env.CRUSCOTTO_URL = saved;
    }
  };
  const manifestTransform = (config: { plugins: { patterns?: { from: string; transform?: (b: Buffer) => Buffer | string }[] }[] }) =>
    config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === 'manifest.xml')!.transform!;

  it('rewrites the dev origin in the copied manifest to CRUSCOTTO_URL for a deployment', async () => {
    const config = await withEnv('https://addin.example.org/cruscotto');
    const rewritten = String(manifestTransform(config)(Buffer.from(manifestSource)));
    expect(rewritten).not.toContain('https://localhost:3000/');
    expect(rewritten).toContain('https://addin.example.org/cruscotto/taskpane.html');
    expect(rewritten.split('https://addin.example.org/cruscotto/').length).toBe(manifestSource.split('https://localhost:3000/').length);
  });

  it('builds minified for production, without performance hints', async () => {
    const config = await withEnv(undefined);
    expect(config.mode).toBe('production');
    expect(config.optimization?.minimize).not.toBe(false);
    expect(config.devtool).toBe(false);
    expect(config.performance.hints).toBe(false);
  });

  it('runs the dev server on port 3000, falling back to plain http when asked (CRUSCOTTO_HTTP=1)', async () => {
    process.env.CRUSCOTTO_HTTP = '1';
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const config = await require(join(ROOT, 'webpack.config.js'))({ WEBPACK_SERVE: true }, { mode: 'development' });
      expect(config.devServer.port).toBe(3000);
      expect(config.devServer.server).toBe('http');
      expect(config.mode).toBe('development');
    } finally {
      delete process.env.CRUSCOTTO_HTTP;
    }
  });
});
