export { XlsxWorkbook } from './XlsxWorkbook';
export { WorkbookOpenError, ScorecardNotOursError } from './errors';
export type { OpenFailure } from './errors';
export { dateToSerial, serialToDate, readGrid } from './read';
export { SCORECARD_SHEET, SCORECARD_MARK, SCORECARD_HEADERS, PERCENT_FORMAT } from './scorecard';
