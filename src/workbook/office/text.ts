/**
 * Excel reads typed text: "01.01" becomes 1.01, "apr-21" a date, "=x" a formula. Writing a string through
 * Range.values with a leading apostrophe keeps it as text (the apostrophe is not part of the value).
 * We add it only where Excel would otherwise convert the string; being generous here costs nothing.
 */
export function asExcelText(s: string): string {
  if (s === '') return s;
  if (/^['=+\-@]/.test(s)) return `'${s}`;
  const t = s.trim();
  const convertible =
    /^[+-]?(\d[\d.,]*|[.,]\d+)([eE][+-]?\d+)?\s*%?$/.test(t) || // numbers in any locale style, percentages
    /^\(?\d[\d.,]*\)?$/.test(t) || // (123) is a negative number
    /^(true|false|vero|falso)$/i.test(t) ||
    /^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$/.test(t) || // dates in any order
    /^\d{1,2}[:.]\d{2}([:.]\d{2})?(\s?[ap]m)?$/i.test(t) || // times
    /^[a-z]{3,9}[-\s/]\d{1,4}$/i.test(t) || // apr-21
    /^\d{1,2}[-\s/][a-z]{3,9}([-\s/]\d{2,4})?$/i.test(t) || // 21-apr(-2021)
    /^[$€£]\s?[\d.,]+$/.test(t);
  return convertible ? `'${s}` : s;
}

/** A value as it goes into a values/formulas array: strings protected, null -> '' (null would mean "leave as is"). */
export function cellInput(v: string | number | boolean | null): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'string') return asExcelText(v);
  return v;
}
