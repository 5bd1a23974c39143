import * as React from 'react';
import {
  Button,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { CruscottoApp, type ActionResult } from '../app/addin';
import type { SheetAnalysis } from '../app/analyse';
import { officeDisplayLanguage, pickLanguage, translator, type Lang, type MessageKey, type Translate } from './i18n';
import { paneModel } from './view-model';
import { scorecardStatuses } from './statuses';
import { Results } from './Results';
import { lastRibbonNotice, onRibbonNotice, type RibbonNotice } from '../commands/notices';

export interface AppProps {
  app: CruscottoApp;
  /** defaults to Office's display language, else Italian */
  lang?: Lang;
}

type Busy = 'validate' | 'write' | 'scorecard' | 'restore';
type Intent = 'error' | 'warning' | 'success' | 'info';
interface Notice {
  id: number;
  intent: Intent;
  text: string;
}

const BUSY_TEXT: Record<Busy, MessageKey> = {
  validate: 'busyValidate',
  write: 'busyWrite',
  scorecard: 'busyScorecard',
  restore: 'busyRestore',
};

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS },
  h1: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalS },
  status: { minHeight: '24px' },
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
  hint: { color: tokens.colorNeutralForeground3, margin: 0 },
});

export function App({ app, lang }: AppProps): React.JSX.Element {
  const language = lang ?? pickLanguage(officeDisplayLanguage());
  return (
    <FluentProvider theme={webLightTheme} lang={language} style={{ minHeight: '100%' }}>
      <Pane app={app} lang={language} />
    </FluentProvider>
  );
}

function Pane({ app, lang }: { app: CruscottoApp; lang: Lang }): React.JSX.Element {
  const s = useStyles();
  const t = React.useMemo(() => translator(lang), [lang]);
  const policies = React.useMemo(() => CruscottoApp.policies(), []);
  const [policy, setPolicy] = React.useState(app.policy.name);
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const [analysis, setAnalysis] = React.useState<SheetAnalysis | null>(app.last);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [announce, setAnnounce] = React.useState('');
  const seq = React.useRef(0);
  const busyRef = React.useRef(false);

  const show = (intent: Intent, text: string) => setNotice({ id: ++seq.current, intent, text });

  /** Runs one action at a time; any thrown error becomes an error message bar (never an unhandled rejection). */
  const run = async (kind: Busy, work: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(kind);
    setAnnounce(t(BUSY_TEXT[kind]));
    try {
      await work();
    } catch (err) {
      const text = t('unexpected', { message: err instanceof Error ? err.message : String(err) });
      show('error', text);
      setAnnounce(text);
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  };

  const announceAnalysis = (a: SheetAnalysis) => {
    const errors = a.findings.filter((f) => f.severity === 'error').length;
    const warnings = a.findings.filter((f) => f.severity === 'warning').length;
    setAnnounce(a.plan ? t('liveValidated', { errors, warnings }) : t('liveNoPlan'));
  };

  const report = (res: ActionResult) => {
    show(res.ok ? 'success' : 'warning', res.message);
    setAnnounce(res.message);
  };

  const onValidate = () =>
    run('validate', async () => {
      const a = await app.validate();
      setAnalysis(a);
      setNotice(null);
      announceAnalysis(a);
    });

  const onWrite = () =>
    run('write', async () => {
      const res = await app.writeGrades();
      setAnalysis(app.last);
      report(res);
    });

  const onScorecard = () =>
    run('scorecard', async () => {
      const res = await app.insertScorecard();
      setAnalysis(app.last);
      report(res);
    });

  const onRestore = () =>
    run('restore', async () => {
      const res = await app.restore();
      // restored cells make the shown grades stale: the user validates again
      if (res.ok) setAnalysis(null);
      report(res);
    });

  const onPolicy = (name: string) => {
    setPolicy(name);
    try {
      app.setPolicy(name);
    } catch (err) {
      show('error', err instanceof Error ? err.message : String(err));
      return;
    }
    if (app.last && app.last.policy.name === name) setAnalysis(app.last);
    else if (analysis) void onValidate(); // the last read was consumed by a write: read the sheet again
  };

  const onSelect = (sheet: string, cell: string) => {
    app.select(sheet, cell).catch((err: unknown) => show('error', t('unexpected', { message: err instanceof Error ? err.message : String(err) })));
  };

  // ribbon buttons run in this same runtime: show what they did and the analysis they left
  React.useEffect(() => {
    const apply = (n: RibbonNotice) => {
      setAnalysis(app.last);
      setNotice({ id: ++seq.current, intent: n.intent, text: n.message });
      setAnnounce(n.message);
    };
    const pending = lastRibbonNotice();
    if (pending) apply(pending);
    return onRibbonNotice(apply);
  }, [app]);

  const model = React.useMemo(() => (analysis ? paneModel(analysis, scorecardStatuses(analysis)) : null), [analysis]);
  const isBusy = busy !== null;

  return (
    <div className={s.root}>
      <header className={s.header}>
        <h1 className={s.h1}>{t('appTitle')}</h1>
        <p className={s.subtitle}>{t('appSubtitle')}</p>
      </header>
      <main className={s.main} aria-busy={isBusy}>
        <Field label={t('policyLabel')}>
          <Select value={policy} onChange={(_, d) => onPolicy(d.value)} disabled={isBusy} data-testid="policy">
            {policies.map((p) => (
              <option key={p.name} value={p.name}>
                {p.label}
              </option>
            ))}
          </Select>
        </Field>
        <div role="group" aria-label={t('actions')} className={s.actions}>
          <ActionButton t={t} label="validate" aria="validateAria" appearance="primary" busy={isBusy} onClick={onValidate} />
          <ActionButton t={t} label="writeGrades" aria="writeGradesAria" busy={isBusy} onClick={onWrite} />
          <ActionButton t={t} label="insertScorecard" aria="insertScorecardAria" busy={isBusy} onClick={onScorecard} />
          <ActionButton t={t} label="restore" aria="restoreAria" busy={isBusy} onClick={onRestore} />
        </div>
        <div className={s.status}>
          {busy ? <Spinner size="tiny" label={t(BUSY_TEXT[busy])} data-testid="busy" /> : null}
        </div>
        <div role="status" aria-live="polite" aria-atomic="true" className={s.srOnly} data-testid="live">
          {announce}
        </div>
        {notice ? (
          <MessageBar key={notice.id} intent={notice.intent} data-testid="notice" data-intent={notice.intent}>
            <MessageBarBody>
              <MessageBarTitle>{notice.intent === 'success' ? t('done') : notice.intent === 'error' ? t('error') : t('notDone')}</MessageBarTitle>
              {notice.text}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" aria-label={t('dismiss')} onClick={() => setNotice(null)}>
                  ×
                </Button>
              }
            />
          </MessageBar>
        ) : null}
        {model ? (
          <Results model={model} lang={lang} t={t} policyLabel={analysis?.policy.label ?? ''} onSelect={onSelect} />
        ) : (
          <p className={s.hint}>{t('emptyState')}</p>
        )}
      </main>
    </div>
  );
}

function ActionButton(props: {
  t: Translate;
  label: 'validate' | 'writeGrades' | 'insertScorecard' | 'restore';
  aria: MessageKey;
  appearance?: 'primary';
  busy: boolean;
  onClick: () => void;
}): React.JSX.Element {
  return (
    <Button
      appearance={props.appearance ?? 'secondary'}
      aria-label={`${props.t(props.label)}: ${props.t(props.aria)}`}
      // focusable while busy, so keyboard focus is not lost when a click disables the buttons
      disabledFocusable={props.busy}
      onClick={props.onClick}
      data-action={props.label}
    >
      {props.t(props.label)}
    </Button>
  );
}
