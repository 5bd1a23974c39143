/*
 * PLACEHOLDER entry for preview.html (written by the add-in shell so the build has every entry).
 * The real page hosts the task pane against the in-memory fake Excel (src/fake-excel) and
 * replaces this file; it mounts into <div id="root"> like taskpane.html.
 */
const root = document.getElementById('root');
if (root) root.textContent = 'Anteprima di Cruscotto non ancora disponibile.';
