/**
 * Column headings the chambers use, mapped to roles. Headings vary (INDICATORE/Indicatori, PESO/Peso
 * indicatori, TARGET/Risultato atteso, typos like OBBIETTIVO), so matching is on a normalised prefix.
 */
export type Role =
  | 'group'
  | 'area'
  | 'strategic'
  | 'operative'
  | 'objective'
  | 'code'
  | 'indicator'
  | 'algorithm'
  | 'weight'
  | 'target'
  | 'actual'
  | 'grade'
  | 'baseline'
  | 'measures'
  | 'unit'
  | 'type'
  | 'owner'
  | 'note'
  | 'year'
  | 'ignore';

export interface Heading {
  role: Role;
  /** the year a heading names ("Target 2025" -> 2025), when it names one */
  year: number | null;
}

/** lower case, no accents, single spaces, no trailing colon/asterisks */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[*:]+\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const RULES: [RegExp, Role][] = [
  [/^gruppo$/, 'group'],
  [/^(ambito|area strategica|prospettiva|missione$|area$)/, 'area'],
  [/^ob+iettiv[oi] strategic/, 'strategic'],
  [/^ob+iettiv[oi] operativ/, 'operative'],
  [/^ob+iettiv[oi]( individual[ei])?$/, 'objective'],
  [/^(codice|cod\.?|id)$/, 'code'],
  [/^indicator[ei]/, 'indicator'],
  [/^(algoritmo|formula|modalita di calcolo)/, 'algorithm'],
  [/^peso/, 'weight'],
  [/^(target|risultato atteso|valore atteso|valore obiettivo)/, 'target'],
  [/^(consuntivo|risultato anno|risultato conseguito|valore (raggiunto|consuntivo|rilevato|effettivo)|actual)/, 'actual'],
  [/^(grado (di )?raggiungimento|% (di )?raggiungimento|raggiungimento)/, 'grade'],
  [/^(stato \d{4}|valore \d{4}|baseline|ultimo valore|valore (di partenza|iniziale|storico))/, 'baseline'],
  [/^valori misure/, 'measures'],
  [/^(udm|u\.d\.m\.?|unita di misura)$/, 'unit'],
  [/^tipologia/, 'type'],
  [/^(owner|responsabile|strutture coinvolte|ufficio|centro di responsabilita)/, 'owner'],
  [/^(note|valutazione|fonte|albero|produttivita|programma di intervento|benefici|risorse|descrizione)/, 'ignore'],
];

/** every heading starts with one of these: a cheap test that turns away indicator names and prose */
const FIRST_WORD = /^\s*(grup|ambit|area|prosp|missi|ob+iet|codic|cod\b|id\b|indica|algor|formul|modal|peso|target|risult|valor|consun|actual|grado|%|raggiun|stato|baseli|ultimo|udm|u\.d|unit|tipolog|owner|respons|struttur|uffic|centro|note|valutaz|fonte|albero|produtt|program|benefic|risors|descriz)/i;

// headings repeat on every block and data values repeat down the columns: remember the answers
const memo = new Map<string, Heading | null>();

export function classifyHeading(text: string | number | boolean | null): Heading | null {
  if (typeof text === 'number') return Number.isInteger(text) && text >= 1990 && text <= 2100 ? { role: 'year', year: text } : null;
  if (typeof text !== 'string' || text.length > 48) return null;
  // values ("50,00%", ">= 70", "46 N. / 47 N.") never are headings: only letters, or a bare year
  const c = text.charCodeAt(0);
  if (c < 65 && c !== 37 && !/^\s*(19|20)\d\d\s*$/.test(text)) return null; // 37: "% raggiungimento"
  if (c >= 65 && !FIRST_WORD.test(text)) return null;
  let h = memo.get(text);
  if (h === undefined) {
    h = classifyText(text);
    if (memo.size > 20000) memo.clear();
    memo.set(text, h);
  }
  return h;
}

function classifyText(text: string): Heading | null {
  const t = normalise(text);
  if (!t || t.length > 60) return null;
  if (/^(19|20)\d\d$/.test(t)) return { role: 'year', year: Number(t) };
  const ym = /\b((?:19|20)\d\d)\b/.exec(t);
  const year = ym ? Number(ym[1]) : null;
  for (const [re, role] of RULES) if (re.test(t)) return { role, year };
  return null;
}
