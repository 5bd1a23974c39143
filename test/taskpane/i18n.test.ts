import { formatPercent, layoutName, officeDisplayLanguage, pickLanguage, translator } from '../../src/taskpane/i18n';
import { LayoutSchema } from '../../src/core/plan';

describe('pickLanguage', () => {
  it('uses English only for English display languages, Italian otherwise', () => {
    expect(pickLanguage('en-US')).toBe('en');
    expect(pickLanguage('EN-gb')).toBe('en');
    expect(pickLanguage('en')).toBe('en');
    expect(pickLanguage('it-IT')).toBe('it');
    expect(pickLanguage('de-DE')).toBe('it');
    expect(pickLanguage('eno')).toBe('it');
    expect(pickLanguage(undefined)).toBe('it');
    expect(pickLanguage(null)).toBe('it');
  });

  it('reads Office.context.displayLanguage when Office is loaded, and tolerates its absence', () => {
    const g = globalThis as { Office?: unknown };
    expect(officeDisplayLanguage()).toBeNull();
    g.Office = { context: { displayLanguage: 'en-US' } };
    try {
      expect(officeDisplayLanguage()).toBe('en-US');
    } finally {
      delete g.Office;
    }
  });
});

describe('translator', () => {
  it('fills parameters and leaves unknown ones visible', () => {
    const t = translator('it');
    expect(t('findingsCount', { errors: 2, warnings: 0 })).toBe('2 errori, 0 avvisi');
    expect(t('noPlan', {})).toContain('{sheet}');
    expect(translator('en')('validate')).toBe('Validate');
    expect(t('validate')).toBe('Valida');
  });
});

describe('layoutName', () => {
  it('names every layout of the plan model in both languages', () => {
    for (const layout of LayoutSchema.options) {
      for (const lang of ['it', 'en'] as const) {
        const name = layoutName(lang, layout);
        expect(name).not.toBe(layout);
        expect(name.length).toBeGreaterThan(3);
      }
    }
    expect(layoutName('it', 'sconosciuto')).toBe('sconosciuto');
  });
});

describe('formatPercent', () => {
  it('writes fractions as Italian percentages with two decimals', () => {
    expect(formatPercent('it', 0.9787234)).toBe('97,87%');
    expect(formatPercent('it', 1)).toBe('100,00%');
    expect(formatPercent('it', 0)).toBe('0,00%');
    expect(formatPercent('en', 0.5556)).toBe('55.56%');
    expect(formatPercent('it', null)).toBeNull();
    expect(formatPercent('it', Number.NaN)).toBeNull();
  });
});
