/**
 * Ribbon -> task pane messages. Ribbon commands run in the same shared runtime as the pane, so a
 * plain in-memory channel is enough: the command publishes, the pane (if mounted) is told at once,
 * and a pane that mounts later (opened by the command itself) reads the last notice.
 */

/** Ids of the manifest's ExecuteFunction buttons (FunctionName). */
export type RibbonAction = 'valida' | 'scriviGradi' | 'inserisciScorecard' | 'ripristina';

export interface RibbonNotice {
  /** increasing, so the pane can tell a new notice from one it already showed */
  id: number;
  action: RibbonAction;
  /** Fluent MessageBar intent */
  intent: 'success' | 'warning' | 'error';
  /** Italian, ready to show */
  message: string;
  /** only for 'valida' */
  errors?: number;
  warnings?: number;
}

type Listener = (notice: RibbonNotice) => void;

const listeners = new Set<Listener>();
let last: RibbonNotice | null = null;
let seq = 0;

export function publishRibbonNotice(notice: Omit<RibbonNotice, 'id'>): RibbonNotice {
  const full: RibbonNotice = { ...notice, id: ++seq };
  last = full;
  for (const listener of [...listeners]) {
    try {
      listener(full);
    } catch {
      // a broken pane listener must not fail the ribbon command
    }
  }
  return full;
}

/** Subscribe; returns the unsubscribe function (use it in a React effect cleanup). */
export function onRibbonNotice(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function lastRibbonNotice(): RibbonNotice | null {
  return last;
}
