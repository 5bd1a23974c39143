import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  createFocusOutlineStyle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../core/findings';
import { formatPercent, layoutName, type Lang, type Translate } from './i18n';
import type { FindingGroup, PaneModel } from './view-model';

/*
 * Everything here renders workbook text (titles, messages, cell text) as React text children:
 * React escapes it, so a cell holding markup shows the markup, it never becomes markup.
 */

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  dl: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  counts: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  groupHeader: { overflowWrap: 'anywhere', textAlign: 'left' },
  groupCounts: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, marginLeft: tokens.spacingHorizontalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ...createFocusOutlineStyle(),
  },
  findingHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100 },
  cell: { marginLeft: 'auto', color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: 'anywhere' },
  gradeCell: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  titleCell: { overflowWrap: 'anywhere' },
  overall: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

export interface ResultsProps {
  model: PaneModel;
  lang: Lang;
  t: Translate;
  policyLabel: string;
  onSelect: (sheet: string, cell: string) => void;
}

export function Results({ model, lang, t, policyLabel, onSelect }: ResultsProps): React.JSX.Element {
  const s = useStyles();
  return (
    <section aria-labelledby="cruscotto-results" className={s.section} data-testid="results">
      <h2 id="cruscotto-results" className={s.srOnly}>
        {t('results')}
      </h2>
      {model.summary ? (
        <section aria-labelledby="cruscotto-summary" className={s.section} data-testid="summary">
          <h2 id="cruscotto-summary" className={s.h2}>
            {t('planSummary')}
          </h2>
          <dl className={s.dl}>
            <dt className={s.dt}>{t('sheet')}</dt>
            <dd className={s.dd}>{model.summary.sheet}</dd>
            <dt className={s.dt}>{t('layout')}</dt>
            <dd className={s.dd} data-testid="layout" data-layout={model.summary.layout}>
              {layoutName(lang, model.summary.layout)}
            </dd>
            <dt className={s.dt}>{t('objectives')}</dt>
            <dd className={s.dd} data-testid="objective-count">
              {model.summary.objectives}
            </dd>
            <dt className={s.dt}>{t('indicators')}</dt>
            <dd className={s.dd} data-testid="indicator-count">
              {model.summary.indicators}
            </dd>
            <dt className={s.dt}>{t('headerRows')}</dt>
            <dd className={s.dd}>{model.summary.headerRows.join(', ') || '—'}</dd>
            <dt className={s.dt}>{t('actuals')}</dt>
            <dd className={s.dd}>{model.summary.hasActuals ? t('yes') : t('no')}</dd>
          </dl>
        </section>
      ) : (
        <MessageBar intent="info" data-testid="no-plan">
          <MessageBarBody>{t('noPlan', { sheet: model.sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {model.summary ? <FindingsSection model={model} t={t} onSelect={onSelect} /> : null}
      {model.grades.length > 0 ? <GradesSection model={model} lang={lang} t={t} policyLabel={policyLabel} /> : null}
      {model.notes.length > 0 ? (
        <section aria-labelledby="cruscotto-notes" className={s.section} data-testid="notes">
          <h2 id="cruscotto-notes" className={s.h2}>
            {t('notes')}
          </h2>
          <ul className={s.notes}>
            {model.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

function FindingsSection({ model, t, onSelect }: { model: PaneModel; t: Translate; onSelect: ResultsProps['onSelect'] }): React.JSX.Element {
  const s = useStyles();
  const keys = model.groups.map((g) => groupValue(g));
  return (
    <section aria-labelledby="cruscotto-findings" className={s.section} data-testid="findings">
      <h2 id="cruscotto-findings" className={s.h2}>
        {t('findings')}
      </h2>
      <p className={s.counts} data-testid="finding-counts">
        {t('findingsCount', { errors: model.errors, warnings: model.warnings })}
      </p>
      {model.groups.length === 0 ? (
        <p className={s.counts}>{t('noFindings')}</p>
      ) : (
        // open by default: the user came to see the problems; the key resets it for each analysis
        <Accordion multiple collapsible defaultOpenItems={keys} key={keys.join('|')}>
          {model.groups.map((g) => (
            <AccordionItem value={groupValue(g)} key={groupValue(g)}>
              <AccordionHeader as="h3" size="small">
                <span className={s.groupHeader}>
                  {g.label ?? t('generalGroup')}
                  <span className={s.groupCounts}>({t('findingsCount', { errors: g.errors, warnings: g.warnings })})</span>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={s.list}>
                  {g.findings.map((f, i) => (
                    <li key={`${f.code}@${f.cell}#${i}`}>
                      <FindingButton f={f} t={t} onSelect={onSelect} />
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}

function groupValue(g: FindingGroup): string {
  return g.key === '' ? '__general' : g.key;
}

function FindingButton({ f, t, onSelect }: { f: Finding; t: Translate; onSelect: ResultsProps['onSelect'] }): React.JSX.Element {
  const s = useStyles();
  const color = f.severity === 'error' ? 'danger' : f.severity === 'warning' ? 'warning' : 'informative';
  return (
    <button
      type="button"
      className={s.finding}
      onClick={() => onSelect(f.sheet, f.cell)}
      title={t('goToCell', { cell: f.cell })}
      data-testid="finding"
      data-code={f.code}
      data-cell={f.cell}
      data-sheet={f.sheet}
      data-severity={f.severity}
    >
      <span className={s.findingHead}>
        <Badge appearance="filled" color={color} size="small">
          {t(`severity_${f.severity}`)}
        </Badge>
        <span className={s.code}>{f.code}</span>
        <span className={s.cell}>
          <span className={s.srOnly}>{t('cell')} </span>
          {f.cell}
        </span>
      </span>
      <span className={s.message}>{f.message}</span>
    </button>
  );
}

function GradesSection({ model, lang, t, policyLabel }: { model: PaneModel; lang: Lang; t: Translate; policyLabel: string }): React.JSX.Element {
  const s = useStyles();
  const overall = formatPercent(lang, model.overall);
  return (
    <section aria-labelledby="cruscotto-grades" className={s.section} data-testid="grades">
      <h2 id="cruscotto-grades" className={s.h2}>
        {t('grades')}
      </h2>
      <p className={s.counts}>{t('gradesPolicy', { policy: policyLabel })}</p>
      {overall ? (
        <p className={s.overall} data-testid="overall">
          {t('overall')}: {overall}
        </p>
      ) : null}
      <Table size="extra-small" aria-labelledby="cruscotto-grades">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '22%' }}>{t('code')}</TableHeaderCell>
            <TableHeaderCell>{t('title')}</TableHeaderCell>
            <TableHeaderCell style={{ width: '28%' }}>
              {t('grade')} / {t('status')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {model.grades.map((r) => (
            <TableRow key={r.id} data-testid="grade-row" data-objective={r.id}>
              <TableCell className={s.titleCell}>{r.code ?? '—'}</TableCell>
              <TableCell className={s.titleCell}>{r.title}</TableCell>
              <TableCell className={s.gradeCell}>
                <span data-testid="grade">{formatPercent(lang, r.grade) ?? t('notGraded')}</span>
                <br />
                <span className={s.counts} data-testid="status">
                  {r.status}
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
