import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { CruscottoApp, setSharedApp } from '../app/addin';
import { OfficeWorkbook } from '../workbook/office';
import { App } from './App';

/*
 * Task pane entry: Office first, then one app over the real Excel, shared with the ribbon commands
 * (they run in the same shared runtime when the manifest asks for one).
 */
Office.onReady(() => {
  const app = new CruscottoApp(new OfficeWorkbook(Excel));
  setSharedApp(app);
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <React.StrictMode>
      <App app={app} />
    </React.StrictMode>,
  );
});
