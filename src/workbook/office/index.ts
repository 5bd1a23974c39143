export { OfficeWorkbook, DEFAULT_TUNING } from './workbook';
export type { ExcelLike, OfficeLike, Tuning } from './workbook';
export type { ApplyOptions, ApplyResult } from './edits';
export { GatewayError, toGatewayError } from './errors';
export { BACKUP_SHEET, encodeBackup, decodeBackup } from './backup';
export type { Backup, BackupCell } from './backup';
export { SCORECARD_SHEET, SCORECARD_MARK, TABLE_HEADERS, layoutScorecard } from './scorecard';
export { asExcelText } from './text';
