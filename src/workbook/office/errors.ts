/**
 * Office errors turned into one error type with an Italian message the task pane can show as it is.
 * Office.js rejects with OfficeExtension.Error: { code, message, debugInfo }; codes from Excel.ErrorCodes.
 */
export class GatewayError extends Error {
  override readonly name = 'GatewayError';
  constructor(
    /** the Office error code ('AccessDenied', 'ItemNotFound', …) or 'Unknown' */
    readonly code: string,
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
  }
}

export interface ErrorContext {
  /** what we were doing, in Italian: 'lettura del foglio', 'scrittura dei gradi', … */
  action: string;
  sheet?: string;
}

export function officeCode(e: unknown): string | null {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') return (e as { code: string }).code;
  return null;
}

export function isPayloadError(e: unknown): boolean {
  const c = officeCode(e);
  return c === 'RequestPayloadSizeLimitExceeded' || c === 'ResponsePayloadSizeLimitExceeded';
}

export function toGatewayError(e: unknown, where: ErrorContext): GatewayError {
  if (e instanceof GatewayError) return e;
  const code = officeCode(e) ?? 'Unknown';
  const sheet = where.sheet;
  const original = e instanceof Error ? e.message : String(e);
  let message: string;
  switch (code) {
    case 'AccessDenied':
      message = sheet
        ? `Il foglio «${sheet}» è protetto: togli la protezione e riprova.`
        : 'Excel ha negato la modifica: il foglio o la cartella di lavoro sono protetti. Togli la protezione e riprova.';
      break;
    case 'InvalidOperationInCellEditMode':
      message = 'Excel è in modifica di una cella: premi Invio o Esc e riprova.';
      break;
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      message = `Troppi dati da trasferire in una volta${sheet ? ` per il foglio «${sheet}»` : ''} (limite di Excel di 5 MB per richiesta): riduci l’area usata del foglio e riprova.`;
      break;
    case 'ItemNotFound':
      message = sheet ? `Il foglio «${sheet}» non esiste più (è stato rinominato o eliminato?).` : 'Un elemento della cartella di lavoro non è stato trovato.';
      break;
    case 'ItemAlreadyExists':
      message = `Esiste già un elemento con lo stesso nome${sheet ? ` (foglio «${sheet}»)` : ''}: rinominalo e riprova.`;
      break;
    case 'UndoNotSupported':
      message = 'Excel non può raggruppare questa operazione in un solo passo di annullamento.';
      break;
    case 'Unknown':
      message = `Errore imprevisto durante ${where.action}${sheet ? ` (foglio «${sheet}»)` : ''}: ${original}`;
      break;
    default:
      message = `Excel ha rifiutato l’operazione (${where.action}${sheet ? `, foglio «${sheet}»` : ''}): ${original} [${code}]`;
  }
  return new GatewayError(code, message, e);
}
