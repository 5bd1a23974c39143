import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook, GRADE_HEADER, gradeEdits, policyOrDefault, scorecardOf, type SheetAnalysis } from '../app/analyse';
import { a1 } from '../core/grid';
import { toReport } from '../app/report';
import { LAYOUT_LABELS, percentIt } from '../app/labels';
import { getPolicy, POLICIES } from '../core/grade/policies';
import { XlsxWorkbook, WorkbookOpenError } from '../workbook/xlsx';

/** A failure the user can fix: one Italian line, exit code 2, no stack trace. */
class UsageError extends Error {}

const USAGE = `Uso:
  cruscotto check FILE.xlsx [--json] [--policy NOME]
  cruscotto grade FILE.xlsx -o OUT.xlsx [--scorecard] [--policy NOME]
  cruscotto sample [--out CARTELLA]
Politiche: ${POLICIES.map((p) => p.name).join(', ')}`;

interface Args {
  cmd: string;
  file: string | null;
  out: string | null;
  json: boolean;
  scorecard: boolean;
  policy: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { cmd: argv[0] ?? '', file: null, out: null, json: false, scorecard: false, policy: 'proporzionale' };
  for (let i = 1; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--json') a.json = true;
    else if (x === '--scorecard') a.scorecard = true;
    else if (x === '--policy') a.policy = argv[++i] ?? '';
    else if (x === '-o' || x === '--out') a.out = argv[++i] ?? null;
    else if (x.startsWith('-')) throw new UsageError(`Opzione sconosciuta: ${x}\n${USAGE}`);
    else if (!a.file) a.file = x;
    else throw new UsageError(`Argomento in più: ${x}\n${USAGE}`);
  }
  if (!getPolicy(a.policy)) throw new UsageError(`Politica sconosciuta: «${a.policy}». Disponibili: ${POLICIES.map((p) => p.name).join(', ')}.`);
  return a;
}

async function open(file: string | null): Promise<XlsxWorkbook> {
  if (!file) throw new UsageError(`Manca il file da leggere.\n${USAGE}`);
  try {
    return await XlsxWorkbook.open(file);
  } catch (e) {
    if (e instanceof WorkbookOpenError) throw new UsageError(e.message);
    throw new UsageError(`Impossibile leggere «${file}»: ${(e as Error).message}`);
  }
}

export function summary(file: string, analyses: SheetAnalysis[]): string {
  const lines = [`File: ${file}`];
  for (const a of analyses) {
    if (!a.plan) {
      lines.push(`Foglio «${a.sheet}»: nessun piano riconosciuto.`);
      continue;
    }
    const withInd = a.plan.objectives.filter((o) => o.indicators.length > 0);
    const nInd = withInd.reduce((s, o) => s + o.indicators.length, 0);
    const errors = a.findings.filter((f) => f.severity === 'error').length;
    const warnings = a.findings.length - errors;
    lines.push(`Foglio «${a.sheet}»: ${LAYOUT_LABELS[a.plan.layout]} — ${withInd.length} obiettivi, ${nInd} indicatori; ${errors} errori, ${warnings} avvisi.`);
    for (const f of a.findings) lines.push(`  [${f.severity === 'error' ? 'ERRORE' : f.severity === 'warning' ? 'AVVISO' : 'INFO'}] ${f.code} ${f.cell}: ${f.message}`);
    for (const n of a.notes) lines.push(`  Nota: ${n}`);
    if (a.grades) lines.push(`  Grado complessivo (${a.policy.label}): ${percentIt(a.grades.overall)}`);
  }
  return lines.join('\n');
}

async function check(a: Args): Promise<void> {
  const wb = await open(a.file);
  const analyses = await analyseWorkbook(wb, policyOrDefault(a.policy));
  const name = path.basename(a.file!);
  process.stdout.write((a.json ? JSON.stringify(toReport(name, analyses), null, 2) : summary(name, analyses)) + '\n');
}

/** Grade one workbook into OUT; returns the lines to print. */
export async function gradeFile(file: string, out: string, policyName: string, withScorecard: boolean): Promise<string[]> {
  const wb = await open(file);
  const policy = policyOrDefault(policyName);
  const analyses = await analyseWorkbook(wb, policy);
  const lines: string[] = [];
  let planSheet: SheetAnalysis | null = null;
  for (const a of analyses) {
    if (!a.plan) continue;
    planSheet ??= a;
    for (const n of a.notes) lines.push(n);
    const edits = gradeEdits(a);
    if (edits.length === 0) continue;
    const res = await wb.applyEdits(a.sheet, edits);
    const refused = new Set(res.refused.map((r) => r.cell));
    const grades = edits.filter((e) => typeof e.value === 'number' && !refused.has(a1(e.row, e.col))).length;
    const added = a.plan.gradeColumn === null ? ` (nuova colonna «${GRADE_HEADER}»)` : '';
    lines.push(`Foglio «${a.sheet}»: scritti ${grades} gradi${added}.`);
    for (const r of res.refused) lines.push(`  Non scritto: ${r.message}`);
  }
  if (!planSheet) lines.push(`«${path.basename(file)}»: nessun piano riconosciuto, nessun grado scritto.`);
  if (withScorecard && planSheet) {
    // the scorecard summarises the sheet with the most objectives
    const best = analyses.filter((a) => a.plan).sort((x, y) => y.plan!.objectives.length - x.plan!.objectives.length)[0];
    const card = scorecardOf(best);
    if (card) {
      await wb.writeScorecard(card);
      lines.push(`Scorecard inserita (foglio «Scorecard», dal foglio «${best.sheet}»).`);
    }
  }
  if (wb.unsupported.length > 0) {
    lines.push(`Attenzione: la copia valutata non conserva ${wb.unsupported.join(', ')} del file originale (limite della libreria di scrittura); l’originale resta intatto. Per conservarli usa il componente aggiuntivo in Excel.`);
  }
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  await wb.save(out);
  lines.push(`Copia valutata: ${out}`);
  return lines;
}

async function grade(a: Args): Promise<void> {
  if (!a.out) throw new UsageError(`Manca -o OUT.xlsx: dove scrivere la copia valutata.\n${USAGE}`);
  if (path.resolve(a.out) === path.resolve(a.file ?? '')) throw new UsageError('Il file di uscita deve essere diverso da quello di ingresso: il file originale non viene mai modificato.');
  for (const l of await gradeFile(a.file!, a.out, a.policy, a.scorecard)) process.stdout.write(l + '\n');
}

/** The main job on the bundled sample workbooks: grade --scorecard each into out/. */
async function sample(a: Args): Promise<void> {
  const dir = path.resolve(__dirname, '../../test/fixtures');
  const outDir = path.resolve(a.out ?? 'out');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort();
  for (const f of files) {
    const out = path.join(outDir, f.replace(/\.xlsx$/, '.valutato.xlsx'));
    process.stdout.write(`«${f}»\n`);
    for (const l of await gradeFile(path.join(dir, f), out, a.policy, true)) process.stdout.write(`  ${l}\n`);
  }
  process.stdout.write(`Fatto: ${files.length} cartelle di lavoro valutate in ${outDir}\n`);
  process.stdout.write('Per provare il componente aggiuntivo senza Excel: npm run preview (http://localhost:3000/preview.html)\n');
}

export async function main(argv: string[]): Promise<number> {
  try {
    const a = parseArgs(argv);
    if (a.cmd === 'check') await check(a);
    else if (a.cmd === 'grade') await grade(a);
    else if (a.cmd === 'sample') await sample(a);
    else throw new UsageError(a.cmd ? `Comando sconosciuto: ${a.cmd}\n${USAGE}` : USAGE);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(e.message + '\n');
      return 2;
    }
    process.stderr.write(`Errore inatteso: ${(e as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
