/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Builds the add-in into dist/:
 *   taskpane.html  the shared runtime page: task pane UI + ribbon command handlers (manifest: Taskpane.Url)
 *   preview.html   the real task pane against the in-memory fake Excel, for a plain browser (no Office)
 *   guida.html     the help page (manifest: SupportUrl, GetStarted LearnMoreUrl)
 *   assets/        icons;  manifest.xml;  office-js/  a local copy of office.js (no CDN at run time)
 *
 *   npm run build        production (minified)      npm run dev-server   https://localhost:3000
 * CRUSCOTTO_URL=https://host/path/ npm run build   rewrites https://localhost:3000/ in dist/manifest.xml.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const PORT = 3000;
const OFFICE_JS_DIR = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

/** office.js fetches host- and locale-specific scripts from its own folder at run time: ship Excel's. */
const officeJsPattern = {
  from: '**/*',
  context: OFFICE_JS_DIR,
  to: 'office-js/',
  globOptions: {
    ignore: [
      '**/*.debug.js',
      '**/*vsdoc*',
      '**/office.d.ts',
      '**/custom-functions-runtime*',
      '**/outlook*',
      '**/word*',
      '**/powerpoint*',
      '**/onenote*',
      '**/project*',
      '**/access*',
    ],
  },
};

const page = (title, body, head = '') => `<!doctype html>
<html lang="it">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${title}</title>
  ${head}
</head>
<body>
  ${body}
</body>
</html>
`;

/** An optional dev dependency: trusted localhost certificates for Office. */
async function httpsOptions() {
  if (process.env.CRUSCOTTO_HTTP === '1') return null;
  let devCerts;
  try {
    devCerts = require('office-addin-dev-certs');
  } catch {
    console.warn('[cruscotto] office-addin-dev-certs non installato: server in http (va bene per preview.html, non per Office).');
    return null;
  }
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    console.warn(`[cruscotto] certificati di sviluppo non disponibili (${e && e.message}): server in http.`);
    return null;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const dev = mode === 'development';
  const baseUrl = process.env.CRUSCOTTO_URL;
  const https = env.WEBPACK_SERVE ? await httpsOptions() : null;

  return {
    mode,
    devtool: dev ? 'source-map' : false,
    entry: {
      // commands first: it registers the ribbon handlers (Office.actions.associate) in the same
      // runtime page, so they and the pane share one app instance.
      taskpane: ['./src/commands/commands.ts', './src/taskpane/index.tsx'],
      preview: './src/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules out of TypeScript so webpack can tree-shake React and Fluent UI.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: dev } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        // office.js is a classic blocking script; the bundle is deferred, so Office is defined first.
        templateContent: page('Cruscotto', '<div id="root"></div>', '<script src="office-js/office.js"></script>'),
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        chunks: ['preview'],
        templateContent: page('Cruscotto – anteprima senza Excel', '<div id="root"></div>'),
      }),
      new HtmlWebpackPlugin({
        filename: 'guida.html',
        chunks: [],
        inject: false,
        template: './src/help/guida.html',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              baseUrl ? content.toString().split(DEV_URL).join(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`) : content,
          },
          officeJsPattern,
        ],
      }),
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
    devServer: {
      port: PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : 'http',
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.DEV_URL = DEV_URL;
