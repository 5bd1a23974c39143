/**
 * Ribbon buttons (manifest ExecuteFunction FunctionName -> handler). Loaded by taskpane.html, the
 * shared runtime page, so the handlers use the same app instance as the task pane.
 * Every handler calls event.completed() exactly once, whatever happens, or Office keeps the
 * button busy; failures become Italian messages for the pane, never unhandled rejections.
 */
import {
  insertScorecardActiveSheet,
  restoreBackup,
  sharedApp,
  validateActiveSheet,
  writeGradesActiveSheet,
} from '../app/addin';
import { publishRibbonNotice, type RibbonAction, type RibbonNotice } from './notices';

/** The part of Office.AddinCommands.Event the handlers use. */
export interface CommandEvent {
  completed(): void;
}

type Outcome = Omit<RibbonNotice, 'id' | 'action'>;

/** How long a cold start may take: the pane script creates the shared app in Office.onReady. */
const APP_READY_TIMEOUT_MS = 5000;

async function appReady(timeoutMs = APP_READY_TIMEOUT_MS): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      sharedApp();
      return;
    } catch (err) {
      if (Date.now() - start >= timeoutMs) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function showPane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // no pane to show (old host, preview): the notice stays available for when it opens
  }
}

async function runCommand(
  action: RibbonAction,
  event: CommandEvent | undefined,
  work: () => Promise<Outcome>,
  alwaysShowPane: boolean,
): Promise<void> {
  try {
    let outcome: Outcome;
    try {
      await appReady();
      outcome = await work();
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      outcome = { intent: 'error', message: `Cruscotto non ha potuto completare l’operazione: ${detail}` };
    }
    publishRibbonNotice({ action, ...outcome });
    // The pane is where the user reads results and reasons: open it for Valida and whenever
    // an action did not do what was asked. A successful write is visible in the sheet itself.
    if (alwaysShowPane || outcome.intent !== 'success') await showPane();
  } finally {
    event?.completed();
  }
}

const fromResult = (res: { ok: boolean; message: string }): Outcome => ({
  intent: res.ok ? 'success' : 'warning',
  message: res.message,
});

export function valida(event?: CommandEvent): Promise<void> {
  return runCommand(
    'valida',
    event,
    async () => {
      const res = await validateActiveSheet();
      const planFound = sharedApp().last?.plan != null;
      const intent = res.errors > 0 ? 'error' : res.warnings > 0 || !planFound ? 'warning' : 'success';
      return { intent, message: res.message, errors: res.errors, warnings: res.warnings };
    },
    true,
  );
}

export function scriviGradi(event?: CommandEvent): Promise<void> {
  return runCommand('scriviGradi', event, async () => fromResult(await writeGradesActiveSheet()), false);
}

export function inserisciScorecard(event?: CommandEvent): Promise<void> {
  return runCommand('inserisciScorecard', event, async () => fromResult(await insertScorecardActiveSheet()), false);
}

export function ripristina(event?: CommandEvent): Promise<void> {
  return runCommand('ripristina', event, async () => fromResult(await restoreBackup()), false);
}

/** FunctionName in manifest.xml -> handler. */
export const RIBBON_COMMANDS: Record<RibbonAction, (event?: CommandEvent) => Promise<void>> = {
  valida,
  scriviGradi,
  inserisciScorecard,
  ripristina,
};

/** Registers the handlers with Office; false where Office.actions is missing (plain browser). */
export function registerRibbonCommands(office: { actions?: { associate(id: string, fn: (event?: CommandEvent) => void): void } } | undefined =
  typeof Office === 'undefined' ? undefined : Office): boolean {
  const associate = office?.actions?.associate;
  if (!associate) return false;
  for (const [id, handler] of Object.entries(RIBBON_COMMANDS)) {
    associate.call(office.actions, id, (event?: CommandEvent) => void handler(event));
  }
  return true;
}

registerRibbonCommands();
