/** Value parsers: what one cell of a plan means. Every parser is total: it never throws on user data. */
export * from './types';
export { parseValue, parseBool, isMissingText } from './value';
export { parseTarget } from './target';
export { parseNumber } from './number';
export { parseDate, serialToIso, isoToSerial } from './date';
export { parseOperator } from './operator';
export { cellText } from './text';
export { isDateFormat, isPercentFormat, isTimeFormat } from './format';
export { sameUnitFamily } from './compare';
