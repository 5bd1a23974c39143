/**
 * UI strings of the task pane. Italian is the product language; English is offered when Office
 * runs in English. Messages coming from the app layer (findings, action results) stay Italian.
 */
export type Lang = 'it' | 'en';

const it = {
  appTitle: 'Cruscotto',
  appSubtitle: 'Verifica e valutazione del piano della performance',
  policyLabel: 'Politica di valutazione',
  actions: 'Azioni',
  validate: 'Valida',
  validateAria: 'riconosce il piano del foglio attivo e ne elenca i problemi',
  writeGrades: 'Scrivi gradi',
  writeGradesAria: 'scrive i gradi di raggiungimento calcolati nel foglio attivo',
  insertScorecard: 'Inserisci scorecard',
  insertScorecardAria: 'crea o sostituisce il foglio Scorecard con il riepilogo dei gradi',
  restore: 'Ripristina',
  restoreAria: 'riporta le celle com’erano prima dell’ultima scrittura di Cruscotto',
  busyValidate: 'Validazione in corso…',
  busyWrite: 'Scrittura dei gradi in corso…',
  busyScorecard: 'Inserimento della scorecard in corso…',
  busyRestore: 'Ripristino in corso…',
  results: 'Risultati',
  emptyState: 'Apri il foglio con il piano e premi «Valida».',
  planSummary: 'Piano riconosciuto',
  sheet: 'Foglio',
  layout: 'Tipo di piano',
  objectives: 'Obiettivi',
  indicators: 'Indicatori',
  headerRows: 'Righe di intestazione',
  actuals: 'Consuntivo',
  yes: 'sì',
  no: 'no',
  noPlan: 'Nessun piano riconosciuto nel foglio «{sheet}».',
  findings: 'Problemi trovati',
  findingsCount: '{errors} errori, {warnings} avvisi',
  noFindings: 'Nessun problema trovato.',
  generalGroup: 'Generale',
  severity_error: 'errore',
  severity_warning: 'avviso',
  severity_info: 'info',
  goToCell: 'Vai alla cella {cell}',
  cell: 'cella',
  grades: 'Gradi di raggiungimento',
  gradesPolicy: 'Politica: {policy}',
  overall: 'Grado complessivo',
  code: 'Codice',
  title: 'Obiettivo',
  grade: 'Grado',
  status: 'Stato',
  notGraded: 'non calcolabile',
  noGrades: 'Gradi non calcolati.',
  notes: 'Note',
  error: 'Errore',
  unexpected: 'Errore imprevisto: {message}',
  done: 'Fatto',
  notDone: 'Attenzione',
  dismiss: 'Chiudi il messaggio',
  liveValidated: 'Validazione completata: {errors} errori, {warnings} avvisi.',
  liveNoPlan: 'Validazione completata: nessun piano riconosciuto.',
};

export type MessageKey = keyof typeof it;
export type Messages = Record<MessageKey, string>;

const en: Messages = {
  appTitle: 'Cruscotto',
  appSubtitle: 'Performance plan checks and grades',
  policyLabel: 'Grading policy',
  actions: 'Actions',
  validate: 'Validate',
  validateAria: 'recognise the plan in the active sheet and list its problems',
  writeGrades: 'Write grades',
  writeGradesAria: 'write the computed grades of achievement into the active sheet',
  insertScorecard: 'Insert scorecard',
  insertScorecardAria: 'create or replace the Scorecard sheet with the grade summary',
  restore: 'Restore',
  restoreAria: 'put the cells back as they were before Cruscotto last wrote them',
  busyValidate: 'Validating…',
  busyWrite: 'Writing grades…',
  busyScorecard: 'Inserting the scorecard…',
  busyRestore: 'Restoring…',
  results: 'Results',
  emptyState: 'Open the sheet holding the plan and press “Validate”.',
  planSummary: 'Recognised plan',
  sheet: 'Sheet',
  layout: 'Plan type',
  objectives: 'Objectives',
  indicators: 'Indicators',
  headerRows: 'Header rows',
  actuals: 'Actuals',
  yes: 'yes',
  no: 'no',
  noPlan: 'No plan recognised in sheet “{sheet}”.',
  findings: 'Problems found',
  findingsCount: '{errors} errors, {warnings} warnings',
  noFindings: 'No problems found.',
  generalGroup: 'General',
  severity_error: 'error',
  severity_warning: 'warning',
  severity_info: 'info',
  goToCell: 'Go to cell {cell}',
  cell: 'cell',
  grades: 'Grades of achievement',
  gradesPolicy: 'Policy: {policy}',
  overall: 'Overall grade',
  code: 'Code',
  title: 'Objective',
  grade: 'Grade',
  status: 'Status',
  notGraded: 'not gradable',
  noGrades: 'Grades not computed.',
  notes: 'Notes',
  error: 'Error',
  unexpected: 'Unexpected error: {message}',
  done: 'Done',
  notDone: 'Attention',
  dismiss: 'Dismiss message',
  liveValidated: 'Validation finished: {errors} errors, {warnings} warnings.',
  liveNoPlan: 'Validation finished: no plan recognised.',
};

const DICTS: Record<Lang, Messages> = { it, en };

/** Layout ids of src/core/plan.ts as the user calls them. */
const LAYOUTS: Record<Lang, Record<string, string>> = {
  it: {
    'consuntivo-gerarchico': 'Obiettivi operativi con consuntivo (gerarchico)',
    'piao-valore-pubblico': 'PIAO – Scheda del Valore Pubblico',
    'cruscotto-strategico': 'Cruscotto strategico pluriennale',
    'piano-performance': 'Piano della performance',
    pira: 'PIRA – Piano degli indicatori e dei risultati attesi',
    'tabella-generica': 'Tabella di indicatori',
  },
  en: {
    'consuntivo-gerarchico': 'Operative objectives with actuals (hierarchical)',
    'piao-valore-pubblico': 'PIAO – Public value sheet',
    'cruscotto-strategico': 'Multi-year strategic dashboard',
    'piano-performance': 'Performance plan',
    pira: 'PIRA – Indicators and expected results',
    'tabella-generica': 'Indicator table',
  },
};

/** 'it-IT', 'it', 'en-US'… -> a supported language; anything else (or nothing) -> Italian. */
export function pickLanguage(displayLanguage?: string | null): Lang {
  const tag = (displayLanguage ?? '').trim().toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return 'it';
}

/** The Office display language when Office is loaded (task pane), else null (preview, tests). */
export function officeDisplayLanguage(): string | null {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    return office?.context?.displayLanguage ?? null;
  } catch {
    return null;
  }
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const dict = DICTS[lang];
  return (key, params) => {
    const text = dict[key] ?? it[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}

export function layoutName(lang: Lang, layout: string): string {
  return LAYOUTS[lang][layout] ?? layout;
}

/** 0.9787 -> '97,87%' (it) or '97.87%' (en); null -> null. */
export function formatPercent(lang: Lang, fraction: number | null | undefined, decimals = 2): string | null {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return null;
  const text = (fraction * 100).toFixed(decimals);
  return (lang === 'it' ? text.replace('.', ',') : text) + '%';
}
