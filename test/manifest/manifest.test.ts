/**
 * Offline checks of manifest.xml: the schema (hand-written subset, see schemas/README.md, via xmllint)
 * and what a user would trip over: dangling resource ids, URLs the build does not serve,
 * icons of the wrong size, strings without an English override, broken shared-runtime wiring.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { ICON_SIZES, iconPng } from '../../scripts/icons';
import { child, findAll, parseXml, pathOf, type XmlElement } from './mini-xml';

const ROOT = join(__dirname, '..', '..');
const MANIFEST_PATH = join(ROOT, 'manifest.xml');
const SCHEMA = join(__dirname, 'schemas', 'OfficeAppManifestV1_1.subset.xsd');
const ORIGIN = 'https://localhost:3000';

const source = readFileSync(MANIFEST_PATH, 'utf8');
const manifest = parseXml(source);
const resources = findAll(manifest, 'Resources')[0];

function xmllint(file: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint non trovato: installa il pacchetto Debian libxml2-utils (${r.error.message})`);
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** id -> entry, per Resources kind */
function entries(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): Map<string, XmlElement> {
  const box = child(resources, kind);
  return new Map((box?.children ?? []).map((e) => [e.attrs.id, e]));
}

/** Which Resources kind a resid must point into, from the referencing element. */
function expectedKind(el: XmlElement): 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings' {
  const parent = el.parent?.local;
  if (el.local === 'Image') return 'Images';
  if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl', 'Runtime'].includes(el.local)) return 'Urls';
  if (el.local === 'Description' && (parent === 'Supertip' || parent === 'GetStarted' || parent === 'VersionOverrides')) {
    return 'LongStrings';
  }
  if (el.local === 'Label' || el.local === 'Title') return 'ShortStrings';
  throw new Error(`resid su un elemento non previsto: ${pathOf(el)}`);
}

const references = (): XmlElement[] => {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.attrs.resid !== undefined) out.push(e);
    e.children.forEach(walk);
  };
  walk(manifest);
  return out;
};

/** Every URL the manifest holds (defaults and overrides), with where it came from. */
function allUrls(): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = [];
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation']) {
    for (const el of findAll(manifest, name)) {
      if (el.attrs.DefaultValue === undefined) continue; // VersionOverrides SourceLocation uses resid
      out.push({ where: pathOf(el), url: el.attrs.DefaultValue });
      for (const o of el.children) out.push({ where: `${pathOf(el)}[${o.attrs.Locale}]`, url: o.attrs.Value });
    }
  }
  for (const kind of ['Images', 'Urls'] as const) {
    for (const [id, el] of entries(kind)) {
      out.push({ where: `${kind}/${id}`, url: el.attrs.DefaultValue });
      for (const o of el.children) out.push({ where: `${kind}/${id}[${o.attrs.Locale}]`, url: o.attrs.Value });
    }
  }
  return out;
}

/** Paths the webpack build writes, read from webpack.config.js itself (pages + copied files). */
async function servedPaths(): Promise<Set<string>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(join(ROOT, 'webpack.config.js'));
  const config = await makeConfig({}, { mode: 'production' });
  const served = new Set<string>();
  for (const plugin of config.plugins) {
    const name = plugin.constructor?.name;
    if (name === 'HtmlWebpackPlugin') served.add(plugin.userOptions.filename);
    if (name === 'CopyPlugin' || name === 'CopyWebpackPlugin') {
      for (const p of plugin.patterns) {
        if (typeof p === 'string' || p.context) continue; // office-js copy: not referenced by the manifest
        const from = join(ROOT, p.from);
        if (!existsSync(from)) continue;
        const to = (p.to ?? '').replace(/\/$/, '');
        if (statSync(from).isDirectory()) {
          for (const f of readdirSync(from, { recursive: true }) as string[]) {
            if (statSync(join(from, f)).isFile()) served.add(`${to}/${f.split('\\').join('/')}`);
          }
        } else {
          served.add(to || relative(ROOT, from));
        }
      }
    }
  }
  return served;
}

function readPng(file: string): { width: number; height: number } {
  return decodePng(readFileSync(file)).size;
}

/** Checks signature, chunk CRCs and pixel stream length; returns the size and the raw scanlines. */
function decodePng(png: Buffer): { size: { width: number; height: number }; pixels: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let off = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (off < png.length) {
    const len = png.readUInt32BE(off);
    const type = png.toString('latin1', off + 4, off + 8);
    const data = png.subarray(off + 8, off + 8 + len);
    expect(png.readUInt32BE(off + 8 + len)).toBe(crc32(png.subarray(off + 4, off + 8 + len)));
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 6]); // 8-bit RGBA
    }
    if (type === 'IDAT') idat.push(data);
    off += 12 + len;
  }
  // the pixel stream really holds height rows of (filter byte + width RGBA pixels)
  const pixels = inflateSync(Buffer.concat(idat));
  expect(pixels.length).toBe(height * (1 + width * 4));
  return { size: { width, height }, pixels };
}

const urlToFile = (url: string) => join(ROOT, new URL(url).pathname.replace(/^\//, ''));

describe('manifest.xml against the schema subset (xmllint)', () => {
  it('validates', () => {
    const r = xmllint(MANIFEST_PATH);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  describe('rejects broken variants, so the check can fail', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'cruscotto-manifest-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const variants: [string, (s: string) => string][] = [
      ['Runtimes after DesktopFormFactor', (s) => {
        const runtimes = s.match(/\s*<Runtimes>[\s\S]*?<\/Runtimes>/)![0];
        return s.replace(runtimes, '').replace('</DesktopFormFactor>', `</DesktopFormFactor>${runtimes}`);
      }],
      ['a label longer than 125 characters', (s) => s.replace('DefaultValue="Valida"', `DefaultValue="${'V'.repeat(126)}"`)],
      ['an unknown runtime lifetime', (s) => s.replace('lifetime="long"', 'lifetime="forever"')],
      ['a button without Supertip', (s) => s.replace(/<Supertip>\s*<Title resid="Valida.Label"\/>\s*<Description resid="Valida.Tip"\/>\s*<\/Supertip>/, '')],
      ['an action type that does not exist', (s) => s.replace('xsi:type="ExecuteFunction"', 'xsi:type="RunScript"')],
      ['Permissions before DefaultSettings', (s) => {
        const perm = '<Permissions>ReadWriteDocument</Permissions>';
        return s.replace(perm, '').replace('<DefaultSettings>', `${perm}<DefaultSettings>`);
      }],
    ];
    it.each(variants)('%s', (_label, mutate) => {
      const broken = mutate(source);
      expect(broken).not.toBe(source);
      const file = join(dir, 'manifest.xml');
      writeFileSync(file, broken);
      expect(xmllint(file).ok).toBe(false);
    });
  });
});

describe('manifest.xml as the user meets it', () => {
  it('is an Excel task pane add-in in Italian that reads and writes the workbook', () => {
    expect(manifest.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(child(manifest, 'DefaultLocale')?.text).toBe('it-IT');
    expect(child(manifest, 'Permissions')?.text).toBe('ReadWriteDocument');
    expect(findAll(child(manifest, 'Hosts')!, 'Host').map((h) => h.attrs.Name)).toEqual(['Workbook']);
    expect(child(manifest, 'DisplayName')?.attrs.DefaultValue).toBe('Cruscotto');
  });

  it('asks for ExcelApi 1.7 and the shared runtime', () => {
    const sets = new Map(findAll(child(manifest, 'Requirements')!, 'Set').map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    expect(sets.get('ExcelApi')).toBe('1.7');
    expect(sets.get('SharedRuntime')).toBe('1.1');
  });

  it('runs pane and commands in one long-lived runtime: the same resid everywhere', () => {
    const runtimes = findAll(manifest, 'Runtime');
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attrs.lifetime).toBe('long');
    const resid = runtimes[0].attrs.resid;
    expect(findAll(manifest, 'FunctionFile').map((f) => f.attrs.resid)).toEqual([resid]);
    const paneSources = findAll(manifest, 'Action')
      .filter((a) => a.attrs['xsi:type'] === 'ShowTaskpane')
      .map((a) => child(a, 'SourceLocation')!.attrs.resid);
    expect(paneSources).toEqual([resid]);
    expect(entries('Urls').get(resid)?.attrs.DefaultValue).toBe(child(child(manifest, 'DefaultSettings')!, 'SourceLocation')!.attrs.DefaultValue);
    // a shared runtime supports one task pane: every ShowTaskpane names it
    for (const a of findAll(manifest, 'TaskpaneId')) expect(a.text).toBe('Cruscotto.Pane');
  });

  it('puts a Cruscotto group on the Home tab with the five buttons, in order', () => {
    const tab = findAll(manifest, 'OfficeTab');
    expect(tab.map((t) => t.attrs.id)).toEqual(['TabHome']);
    const groups = findAll(tab[0], 'Group');
    expect(groups).toHaveLength(1);
    const label = (resid: string) => entries('ShortStrings').get(resid)?.attrs.DefaultValue;
    expect(label(child(groups[0], 'Label')!.attrs.resid)).toBe('Cruscotto');
    const buttons = findAll(groups[0], 'Control').map((c) => {
      const action = child(c, 'Action')!;
      return [label(child(c, 'Label')!.attrs.resid), action.attrs['xsi:type'], child(action, 'FunctionName')?.text ?? null];
    });
    expect(buttons).toEqual([
      ['Valida', 'ExecuteFunction', 'valida'],
      ['Scrivi gradi', 'ExecuteFunction', 'scriviGradi'],
      ['Inserisci scorecard', 'ExecuteFunction', 'inserisciScorecard'],
      ['Ripristina', 'ExecuteFunction', 'ripristina'],
      ['Apri pannello', 'ShowTaskpane', null],
    ]);
  });

  it('resolves every resid to a Resources entry of the right kind, and uses every entry', () => {
    const used = new Set<string>();
    const dangling: string[] = [];
    for (const ref of references()) {
      const kind = expectedKind(ref);
      if (!entries(kind).has(ref.attrs.resid)) dangling.push(`${pathOf(ref)} -> ${kind}/${ref.attrs.resid}`);
      used.add(`${kind}/${ref.attrs.resid}`);
    }
    expect(dangling).toEqual([]);
    const unused = (['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const).flatMap((k) =>
      [...entries(k).keys()].map((id) => `${k}/${id}`).filter((key) => !used.has(key)),
    );
    expect(unused).toEqual([]);
  });

  it('has unique ids for resources, controls and groups', () => {
    const ids = (['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const).flatMap((k) => [...child(resources, k)!.children.map((e) => `${k}/${e.attrs.id}`)]);
    expect(new Set(ids).size).toBe(ids.length);
    const controls = [...findAll(manifest, 'Control'), ...findAll(manifest, 'Group')].map((c) => c.attrs.id);
    expect(new Set(controls).size).toBe(controls.length);
  });

  it('gives every string an Italian default and an en-US override, within the length limits', () => {
    const problems: string[] = [];
    const check = (where: string, el: XmlElement, max: number) => {
      const it = el.attrs.DefaultValue ?? '';
      const en = el.children.find((o) => o.local === 'Override' && o.attrs.Locale === 'en-US')?.attrs.Value;
      if (!it.trim()) problems.push(`${where}: manca il testo italiano`);
      if (!en?.trim()) problems.push(`${where}: manca l'override en-US`);
      if (it.length > max) problems.push(`${where}: ${it.length} caratteri (max ${max})`);
      if (en && en.length > max) problems.push(`${where} [en-US]: ${en.length} caratteri (max ${max})`);
    };
    check('DisplayName', child(manifest, 'DisplayName')!, 125);
    check('Description', child(manifest, 'Description')!, 250);
    for (const [id, el] of entries('ShortStrings')) check(`ShortStrings/${id}`, el, 125);
    for (const [id, el] of entries('LongStrings')) check(`LongStrings/${id}`, el, 250);
    expect(problems).toEqual([]);
  });

  it('writes the button labels in Italian and their overrides in English (not copies of each other)', () => {
    // "Cruscotto" is a name and stays the same; every other label must really be translated
    const same = [...entries('ShortStrings'), ...entries('LongStrings')]
      .filter(([, el]) => el.attrs.DefaultValue !== 'Cruscotto')
      .filter(([, el]) => el.children[0]?.attrs.Value === el.attrs.DefaultValue)
      .map(([id]) => id);
    expect(same).toEqual([]);
  });

  it('uses only https URLs on the dev origin that the webpack build serves', async () => {
    const served = await servedPaths();
    expect(served.has('taskpane.html')).toBe(true); // sanity: the config was read
    const bad: string[] = [];
    for (const { where, url } of allUrls()) {
      const u = new URL(url);
      if (u.protocol !== 'https:') bad.push(`${where}: ${url} non è https`);
      if (u.origin !== ORIGIN) bad.push(`${where}: ${url} non è su ${ORIGIN}`);
      const path = u.pathname.replace(/^\//, '');
      if (!served.has(path)) bad.push(`${where}: ${path} non è prodotto dalla build`);
    }
    expect(bad).toEqual([]);
    expect(allUrls().length).toBeGreaterThanOrEqual(7);
  });

  it('references PNG icons whose pixel size matches the declared size', () => {
    const images = entries('Images');
    const checked: string[] = [];
    for (const ref of findAll(manifest, 'Image').filter((i) => i.attrs.resid)) {
      const size = Number(ref.attrs.size);
      const { width, height } = readPng(urlToFile(images.get(ref.attrs.resid)!.attrs.DefaultValue));
      expect([ref.attrs.resid, width, height]).toEqual([ref.attrs.resid, size, size]);
      checked.push(ref.attrs.resid);
    }
    expect(new Set(checked)).toEqual(new Set(['Icon.16', 'Icon.32', 'Icon.80']));
    // the add-in list uses 32 px, high-DPI screens 64 px
    expect(readPng(urlToFile(child(manifest, 'IconUrl')!.attrs.DefaultValue))).toEqual({ width: 32, height: 32 });
    expect(readPng(urlToFile(child(manifest, 'HighResolutionIconUrl')!.attrs.DefaultValue))).toEqual({ width: 64, height: 64 });
  });

  it('ships icons that scripts/icons.ts reproduces pixel for pixel (no stale assets)', () => {
    for (const size of ICON_SIZES) {
      // compare decoded pixels, not bytes: another zlib may deflate the same pixels differently
      const shipped = decodePng(readFileSync(join(ROOT, 'assets', `icon-${size}.png`)));
      const fresh = decodePng(iconPng(size));
      expect(shipped.size).toEqual({ width: size, height: size });
      expect(shipped.pixels.equals(fresh.pixels)).toBe(true);
    }
  });

  it('is the file npm run validate:manifest checks', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const cmd: string = pkg.scripts['validate:manifest'];
    expect(cmd).toContain('xmllint');
    const out = execFileSync('sh', ['-c', cmd], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe('');
  });
});
