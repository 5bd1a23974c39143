/**
 * Ribbon command handlers against a stand-in Office (actions.associate, addin.showAsTaskpane) and a
 * mocked app layer: registration matches the manifest, every path completes the event exactly once,
 * results reach the pane as notices, and the pane opens when the user needs to read something.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandEvent } from '../../src/commands/commands';
import type { RibbonNotice } from '../../src/commands/notices';
import { findAll, parseXml } from '../manifest/mini-xml';

const app = {
  validateActiveSheet: jest.fn(),
  writeGradesActiveSheet: jest.fn(),
  insertScorecardActiveSheet: jest.fn(),
  restoreBackup: jest.fn(),
  sharedApp: jest.fn(),
};
jest.mock('../../src/app/addin', () => app);

const associated = new Map<string, (event?: CommandEvent) => void>();
const showAsTaskpane = jest.fn(async () => undefined);
(globalThis as unknown as { Office: unknown }).Office = {
  actions: { associate: (id: string, fn: (event?: CommandEvent) => void) => associated.set(id, fn) },
  addin: { showAsTaskpane },
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const commands: typeof import('../../src/commands/commands') = require('../../src/commands/commands');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const notices: typeof import('../../src/commands/notices') = require('../../src/commands/notices');

const event = () => ({ completed: jest.fn() });

let seen: RibbonNotice[] = [];
let unsubscribe: () => void = () => undefined;

beforeEach(() => {
  jest.clearAllMocks();
  app.sharedApp.mockReturnValue({ last: { plan: { objectives: [] } } });
  showAsTaskpane.mockImplementation(async () => undefined);
  seen = [];
  unsubscribe = notices.onRibbonNotice((n) => seen.push(n));
});
afterEach(() => unsubscribe());

describe('registration', () => {
  it('associates exactly the FunctionNames of manifest.xml when the runtime page loads', () => {
    const manifest = parseXml(readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8'));
    const names = findAll(manifest, 'FunctionName').map((f) => f.text).sort();
    expect([...associated.keys()].sort()).toEqual(names);
    expect(Object.keys(commands.RIBBON_COMMANDS).sort()).toEqual(names);
  });

  it('does nothing where Office.actions is missing (plain browser, preview)', () => {
    expect(commands.registerRibbonCommands({})).toBe(false);
    expect(commands.registerRibbonCommands({ actions: undefined })).toBe(false);
    const g = globalThis as unknown as { Office?: unknown };
    const office = g.Office;
    delete g.Office;
    try {
      expect(commands.registerRibbonCommands()).toBe(false);
    } finally {
      g.Office = office;
    }
  });

  it('wires the Office callback to the handler, which completes the event', async () => {
    app.restoreBackup.mockResolvedValue({ ok: true, message: 'Ripristinate 3 celle.' });
    const e = event();
    associated.get('ripristina')!(e);
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect(app.restoreBackup).toHaveBeenCalledTimes(1);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});

describe('Valida', () => {
  it('reports the counts, marks errors, opens the pane and completes', async () => {
    app.validateActiveSheet.mockResolvedValue({ errors: 2, warnings: 1, message: 'Foglio «Piano»: 2 errori, 1 avvisi.' });
    const e = event();
    await commands.valida(e);
    expect(seen).toEqual([expect.objectContaining({ action: 'valida', intent: 'error', errors: 2, warnings: 1, message: 'Foglio «Piano»: 2 errori, 1 avvisi.' })]);
    expect(notices.lastRibbonNotice()).toEqual(seen[0]);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('is a success with no findings, a warning with warnings only or with no plan in the sheet', async () => {
    app.validateActiveSheet.mockResolvedValue({ errors: 0, warnings: 0, message: 'ok' });
    await commands.valida(event());
    app.validateActiveSheet.mockResolvedValue({ errors: 0, warnings: 3, message: 'avvisi' });
    await commands.valida(event());
    app.sharedApp.mockReturnValue({ last: { plan: null } });
    app.validateActiveSheet.mockResolvedValue({ errors: 0, warnings: 0, message: 'Nessun piano riconosciuto nel foglio «Budget».' });
    await commands.valida(event());
    expect(seen.map((n) => n.intent)).toEqual(['success', 'warning', 'warning']);
    expect(showAsTaskpane).toHaveBeenCalledTimes(3);
  });
});

describe('Scrivi gradi, Inserisci scorecard, Ripristina', () => {
  const cases = [
    ['scriviGradi', 'writeGradesActiveSheet'],
    ['inserisciScorecard', 'insertScorecardActiveSheet'],
    ['ripristina', 'restoreBackup'],
  ] as const;

  it.each(cases)('%s: success is reported without forcing the pane open', async (id, fn) => {
    app[fn].mockResolvedValue({ ok: true, message: 'Fatto.' });
    const e = event();
    await commands.RIBBON_COMMANDS[id](e);
    expect(app[fn]).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([expect.objectContaining({ action: id, intent: 'success', message: 'Fatto.' })]);
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it.each(cases)('%s: a refusal opens the pane with the reason', async (id, fn) => {
    app[fn].mockResolvedValue({ ok: false, message: 'Nessuna cella modificata.' });
    const e = event();
    await commands.RIBBON_COMMANDS[id](e);
    expect(seen).toEqual([expect.objectContaining({ action: id, intent: 'warning', message: 'Nessuna cella modificata.' })]);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});

describe('failures never leave the button busy', () => {
  it('turns an exception into an Italian error notice and still completes', async () => {
    app.writeGradesActiveSheet.mockRejectedValue(new Error('InvalidOperation: il foglio è protetto'));
    const e = event();
    await expect(commands.scriviGradi(e)).resolves.toBeUndefined();
    expect(seen).toHaveLength(1);
    expect(seen[0].intent).toBe('error');
    expect(seen[0].message).toMatch(/^Cruscotto non ha potuto completare l’operazione: .*il foglio è protetto/);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('completes even when the pane cannot be shown', async () => {
    showAsTaskpane.mockRejectedValue(new Error('not supported'));
    app.validateActiveSheet.mockResolvedValue({ errors: 0, warnings: 0, message: 'ok' });
    const e = event();
    await expect(commands.valida(e)).resolves.toBeUndefined();
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(1);
  });

  it('completes when a pane listener throws, and other listeners still hear the notice', async () => {
    const off = notices.onRibbonNotice(() => {
      throw new Error('pane bug');
    });
    app.restoreBackup.mockResolvedValue({ ok: true, message: 'Ripristinate 1 celle.' });
    const e = event();
    await commands.ripristina(e);
    off();
    expect(seen).toHaveLength(1);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});

describe('cold start', () => {
  afterEach(() => jest.useRealTimers());

  it('waits for the pane script to create the shared app, then runs', async () => {
    jest.useFakeTimers();
    let calls = 0;
    app.sharedApp.mockImplementation(() => {
      if (++calls <= 3) throw new Error('Cruscotto non è ancora pronto: riprova fra un istante.');
      return { last: { plan: {} } };
    });
    app.validateActiveSheet.mockResolvedValue({ errors: 0, warnings: 0, message: 'ok' });
    const e = event();
    const done = commands.valida(e);
    await jest.advanceTimersByTimeAsync(1000);
    await done;
    expect(app.validateActiveSheet).toHaveBeenCalledTimes(1);
    expect(seen.map((n) => n.intent)).toEqual(['success']);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('gives up after a few seconds with the app layer’s message, and completes', async () => {
    jest.useFakeTimers();
    app.sharedApp.mockImplementation(() => {
      throw new Error('Cruscotto non è ancora pronto: riprova fra un istante.');
    });
    const e = event();
    const done = commands.ripristina(e);
    await jest.advanceTimersByTimeAsync(6000);
    await done;
    expect(app.restoreBackup).not.toHaveBeenCalled();
    expect(seen).toEqual([expect.objectContaining({ intent: 'error', message: expect.stringContaining('non è ancora pronto') })]);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});

describe('notices', () => {
  it('numbers notices and stops telling a listener after it unsubscribes', () => {
    const a = notices.publishRibbonNotice({ action: 'valida', intent: 'success', message: 'uno' });
    unsubscribe();
    const b = notices.publishRibbonNotice({ action: 'valida', intent: 'success', message: 'due' });
    expect(b.id).toBeGreaterThan(a.id);
    expect(seen.map((n) => n.message)).toEqual(['uno']);
    expect(notices.lastRibbonNotice()?.message).toBe('due');
  });
});
