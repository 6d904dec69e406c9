/**
 * Builds the add-in into dist/: taskpane.html (+ unsupported.js, ES5),
 * commands.html, support.html, assets/ and manifest.xml with every
 * https://localhost:3000/ replaced by ADDIN_BASE_URL.
 *
 *   npx webpack --mode production                         # base https://localhost:3000/ (what one deploys)
 *   npx webpack --mode production --env preview           # dist-preview/: the same, plus preview.html
 *   ADDIN_BASE_URL=https://addins.example.gov.tw/osh/ npx webpack --mode production
 *   npx webpack serve --mode development                  # https://localhost:3000
 *
 * The dev server uses office-addin-dev-certs' certificate
 * (~/.office-addin-dev-certs/localhost.{crt,key}; `npx office-addin-dev-certs install`
 * creates it) and falls back to plain HTTP, which Office will not load,
 * with a warning.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { URL, fileURLToPath } from 'node:url';
import { GriffelCSSExtractionPlugin } from '@griffel/webpack-extraction-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';
import webpack from 'webpack';

const root = dirname(fileURLToPath(import.meta.url));

/** The base URL written in manifest.xml. */
export const PLACEHOLDER = 'https://localhost:3000/';

/** Validates a base URL: HTTPS only (Office loads add-ins over HTTPS), no query or fragment, with a trailing slash. */
export function normalizeBaseUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${value}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must start with https:// (Office loads add-ins over HTTPS only): "${value}"`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`ADDIN_BASE_URL must be a plain folder URL: "${value}"`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The manifest for a deployment: every URL moved under `baseUrl`, AppDomain set to its origin. */
export function manifestFor(xml, baseUrl) {
  const base = normalizeBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  return xml
    .replace(/<AppDomain>\s*https:\/\/localhost:3000\/?\s*<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(PLACEHOLDER)
    .join(base);
}

function devCertificate() {
  const dir = join(homedir(), '.office-addin-dev-certs');
  const cert = join(dir, 'localhost.crt');
  const key = join(dir, 'localhost.key');
  const ca = join(dir, 'ca.crt');
  if (!existsSync(cert) || !existsSync(key)) return null;
  return { cert: readFileSync(cert), key: readFileSync(key), ...(existsSync(ca) ? { ca: readFileSync(ca) } : {}) };
}

/** V8's explicit compile hint: every function of the file is compiled as the script loads, not at its first call. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The chunk groups whose code the pane runs on its way to the review form and in its first edits: the entries, the
 * session, the start form and the review form. Not the tools, the forms' files or ExcelJS, loaded when asked for.
 */
export const COMPILE_HINTED = ['taskpane', 'preview', 'session', 'start-pane', 'review-pane'];

/**
 * Puts COMPILE_HINT on the first line of the hinted groups' chunks (Chromium 136 and later: WebView2, and Edge or
 * Chrome for Excel on the web; other engines read a comment). V8 otherwise compiles a function when it is first
 * called, on the pane's thread: a reviewer's first level click compiled the store's and the card's code in the
 * click, and the start form compiled React's and Fluent's as it first rendered. Hinted, a script that streams in
 * is compiled on a background thread meanwhile (docs/performance.md, fourteenth round). After the minifier, so that
 * it keeps the comment, and before the source maps, which then count the line.
 */
class CompileHintPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CompileHintPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CompileHintPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING - 1 }, () => {
        const files = new Set();
        for (const name of COMPILE_HINTED) {
          for (const chunk of compilation.namedChunkGroups.get(name)?.chunks ?? []) {
            for (const file of chunk.files) if (file.endsWith('.js')) files.add(file);
          }
        }
        for (const file of files) compilation.updateAsset(file, (source) => new webpack.sources.ConcatSource(`${COMPILE_HINT}\n`, source));
      });
    });
  }
}

export default (env = {}, argv = {}) => {
  const mode = argv.mode === 'production' ? 'production' : 'development';
  const production = mode === 'production';
  const serving = process.argv.includes('serve');
  const baseUrl = normalizeBaseUrl(process.env.ADDIN_BASE_URL || PLACEHOLDER);
  // The preview page (the pane over the in-memory Office double, packages/) is a tool for trying the pane
  // without Excel: the dev server and `--env preview` build it, into its own folder; what one deploys never has it.
  const preview = serving || Boolean(env.preview);

  const entry = {
    unsupported: './src/taskpane/unsupported.ts',
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
  };
  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/index.html',
      // unsupported.js must run first: it is what an old webview can still parse.
      chunks: ['unsupported', 'taskpane'],
      chunksSortMode: 'manual',
      scriptLoading: 'defer',
    }),
    new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], scriptLoading: 'defer' }),
    new HtmlWebpackPlugin({ filename: 'support.html', template: './src/commands/support.html', chunks: [] }),
  ];
  if (preview) {
    entry.preview = './packages/preview/index.tsx';
    pages.push(new HtmlWebpackPlugin({ filename: 'preview.html', template: './packages/preview/index.html', chunks: ['preview'], scriptLoading: 'defer' }));
  }

  let devServer;
  if (serving) {
    const certificate = devCertificate();
    if (!certificate) {
      console.warn(
        '\n[webpack] No certificate in ~/.office-addin-dev-certs: serving plain HTTP on port 3000.\n' +
          '          Office loads add-ins over HTTPS only; run `npx office-addin-dev-certs install` and restart.\n',
      );
    }
    devServer = {
      port: 3000,
      server: certificate ? { type: 'https', options: certificate } : { type: 'http' },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      devMiddleware: { writeToDisk: false },
    };
  }

  return {
    mode,
    context: root,
    // Modules and minified chunks kept between builds, in .cache/webpack (not in node_modules: worktrees share
    // theirs). One cache for the deploy and the preview build of a mode: their largest chunks are the same, so
    // the preview build after `npm run validate`'s minifies only what differs (about 20 s of CPU instead of 65 s),
    // and a build with nothing changed takes about 6 s. This file is a build dependency: editing it starts afresh.
    cache: { type: 'filesystem', name: mode, cacheDirectory: join(root, '.cache', 'webpack'), buildDependencies: { config: [fileURLToPath(import.meta.url)] } },
    entry,
    // The webpack runtime itself in ES5, so unsupported.js parses in Internet Explorer; app code is compiled below.
    target: ['web', 'es5'],
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    output: {
      path: resolve(root, preview && !serving ? 'dist-preview' : 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
    module: {
      rules: [
        // Griffel's styles, ahead of time: @griffel/webpack-loader computes our makeStyles() calls at build time (Fluent's
        // own packages ship so), and the extraction plugin moves every rule into one style sheet. Loaders run from the
        // last rule to the first: esbuild, then Griffel's loader on its JavaScript, then the extraction.
        {
          test: /\.[cm]?[jt]sx?$/,
          include: [join(root, 'src'), join(root, 'packages'), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          exclude: /[\\/]src[\\/]taskpane[\\/]unsupported\.ts$/,
          loader: GriffelCSSExtractionPlugin.loader,
        },
        {
          test: /\.tsx?$/,
          include: [join(root, 'src'), join(root, 'packages')],
          loader: '@griffel/webpack-loader',
          // The style modules it evaluates (shared.styles.ts, …) are TypeScript.
          options: { babelOptions: { presets: ['@babel/preset-typescript'] } },
        },
        {
          test: /[\\/]src[\\/]taskpane[\\/]unsupported\.ts$/,
          loader: 'esbuild-loader',
          options: { loader: 'ts', target: 'es5' },
        },
        {
          test: /\.[cm]?tsx?$/,
          exclude: [/node_modules/, /[\\/]src[\\/]taskpane[\\/]unsupported\.ts$/],
          loader: 'esbuild-loader',
          // import.meta stays for webpack: `new Worker(new URL('./xlsx.worker.ts', import.meta.url))` is how it finds a worker's entry.
          options: { target: 'es2019', jsx: 'automatic', supported: { 'import-meta': true } },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
      ],
    },
    plugins: [
      ...pages,
      new MiniCssExtractPlugin({ filename: production ? '[name].[contenthash:8].css' : '[name].css' }),
      new GriffelCSSExtractionPlugin(),
      new CompileHintPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.{png,svg}', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: { transformer: (content) => manifestFor(content.toString('utf8'), baseUrl), cache: false },
          },
        ],
      }),
    ],
    optimization: {
      // Dynamic imports (ExcelJS, …) stay in their own chunks; shared code of the entries is split too,
      // except unsupported.js, which must stay one small ES5 file.
      splitChunks: {
        chunks: (chunk) => chunk.name !== 'unsupported',
      },
      runtimeChunk: false,
    },
    performance: {
      hints: production ? 'warning' : false,
      maxEntrypointSize: 2_000_000,
      maxAssetSize: 2_000_000,
    },
    ...(devServer ? { devServer } : {}),
  };
};
