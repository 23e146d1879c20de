// Builds the web pages (dist/node belongs to the CLI's tsc build) and serves them for development on
// https://localhost:3000, the address manifest.xml points at. Two builds, kept apart so that the add-in Excel loads
// carries no simulation code:
// - the add-in: taskpane.html (what the manifest points at), support.html, the manifest and icons → dist/web;
// - the preview: preview.html (the same pane beside a grid, running against the simulated Excel of sim/fake-excel,
//   with the seed workbooks test/fixtures/*.xlsx and samples/*.xlsx copied into seeds/ and read in the browser by
//   the CLI's own .xlsx reader) → dist/preview.
// `--env pages=addin|preview|all` picks them. Default: the add-in alone for production (`npm run build`), both for
// development; `webpack serve` serves both from memory on the one port (`npm run build:preview` builds the preview).
//
// Environment variables:
//   PHULUC_OFFICE_JS=cdn|local  where taskpane.html loads office.js from. Default: cdn for production builds,
//                               local (the copy in node_modules, served under /office-js/) for development,
//                               so the dev server and the browser tests need no network.
//   PHULUC_ORIGIN=https://…     origin written into the copied manifest.xml instead of https://localhost:3000.
//   PHULUC_HTTP=1               dev server: skip certificates and serve plain http.
"use strict";

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { version } = require("./package.json");

const DEV_ORIGIN = "https://localhost:3000";
const PORT = 3000;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL_DIR = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/**
 * https options for the dev server. office-addin-dev-certs creates a local CA and a localhost certificate in
 * ~/.office-addin-dev-certs and then tries to make the system trust that CA, which needs administrator rights.
 * When only the trust step fails the certificate still works (the browser asks for an exception), so use it;
 * when there is no certificate at all, fall back to http and say so.
 */
async function devServerProtocol() {
  if (process.env.PHULUC_HTTP === "1") {
    console.log("[phuluc] PHULUC_HTTP=1: serving plain http (Excel itself only loads https add-ins).");
    return "http";
  }
  const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  const files = ["localhost.crt", "localhost.key", "ca.crt"].map((f) => path.join(dir, f));
  try {
    const certs = require("office-addin-dev-certs");
    // Without a trusted CA, getHttpsServerOptions deletes and regenerates the certificate on every start, so the
    // browser exception the user accepted would be lost each time: reuse an unexpired untrusted one instead.
    if (!certs.isCaCertificateInstalled() && files.every((f) => fs.existsSync(f)) && !expired(files[0])) {
      throw new Error("the development CA is not installed");
    }
    return { type: "https", options: await certs.getHttpsServerOptions() };
  } catch (error) {
    if (files.every((f) => fs.existsSync(f)) && !expired(files[0])) {
      console.warn(
        "[phuluc] The development certificate exists but its CA is not trusted by this system\n" +
          `         (${firstLine(error)}).\n` +
          "         Browsers will warn about https://localhost:3000 until you trust it: run\n" +
          "         `npx office-addin-dev-certs install` with administrator rights, or accept the warning once.",
      );
      const [cert, key, ca] = files.map((f) => fs.readFileSync(f));
      return { type: "https", options: { cert, key, ca } };
    }
    console.warn(
      `[phuluc] Could not create a development certificate (${firstLine(error)}).\n` +
        "         Serving plain http on http://localhost:3000 instead: the preview works in a browser,\n" +
        "         but Excel only loads add-ins over https.",
    );
    return "http";
  }
}

function expired(certFile) {
  try {
    return new Date(new (require("crypto").X509Certificate)(fs.readFileSync(certFile)).validTo) < new Date();
  } catch {
    return true;
  }
}

/** The seed workbooks the preview offers: id "fixtures/x.xlsx" or "samples/x.xlsx", served from seeds/. */
function seedWorkbooks() {
  const out = [];
  for (const [dir, label] of [
    ["samples", "samples"],
    ["test/fixtures", "fixtures"],
  ]) {
    const abs = path.join(__dirname, dir);
    if (!fs.existsSync(abs)) continue;
    for (const name of fs.readdirSync(abs).sort()) {
      if (!name.endsWith(".xlsx") || name.startsWith("~$")) continue;
      out.push({ id: `${label}/${name}`, url: `seeds/${label}/${name}`, name, from: path.join(dir, name) });
    }
  }
  return out;
}

/**
 * The task pane's Content-Security-Policy (a <meta> in taskpane.html, so it holds however the files are served):
 * its own files and office.js, nothing else.
 * - script-src: 'self' (the bundle, boot.js) and, when office.js comes from Microsoft's CDN, that origin only —
 *   office.js loads its host and locale scripts from the same place. No 'unsafe-inline', no 'unsafe-eval': the
 *   production build has no devtool (no eval source maps) and zod is told not to probe eval (src/taskpane/index.tsx).
 * - style-src: 'self' (boot.css) and the hash of the empty string. Fluent UI v9 (Griffel, FluentProvider's theme)
 *   appends empty <style> elements and fills them with CSSOM insertRule, which CSP does not govern; the empty
 *   element itself is an inline block, allowed by that hash and by nothing wider. No 'unsafe-inline'.
 * - img-src/font-src/connect-src 'self': the icons; no web fonts (Segoe UI is the system's); no requests beyond
 *   the page's own origin (office.js's optional usage telemetry to *.pipe.aria.microsoft.com is refused).
 * - frame-src: office.js's own origin only (the CDN, or 'self' when served locally). In Excel on the web, when the
 *   host has not yet been verified as trusted, excel-web-16.00.js opens a hidden iframe of
 *   <office.js base>/AgaveErrorUX/index.html and waits for its postMessage before running Office.onReady
 *   (OSF.InitializationHelper, "loadAgaveErrorUX"); refusing that frame would leave the pane waiting forever.
 *   office.js opens no other frame for what PhuLuc uses (EmbeddedSession and dialogs are not used).
 * - default-src 'none' for the rest (workers, objects), no <base>, no form posts.
 */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
function contentSecurityPolicy({ officeJsFromCdn }) {
  const officeOrigin = officeJsFromCdn ? ` ${new URL(OFFICE_JS_CDN).origin}` : "";
  return [
    "default-src 'none'",
    `script-src 'self'${officeOrigin}`,
    `style-src 'self' ${EMPTY_STYLE_HASH}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${officeJsFromCdn ? new URL(OFFICE_JS_CDN).origin : "'self'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

function firstLine(error) {
  return String((error && error.message) || error).split("\n")[0];
}

/** What both builds share: TypeScript through ts-loader, content-hashed names in production. */
function baseConfig({ mode, dev, outDir }) {
  return {
    mode,
    target: ["web", "es2020"],
    devtool: dev ? "source-map" : false,
    output: {
      path: path.resolve(__dirname, outDir),
      // Office caches add-in files hard; content hashes make a new build reach users.
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // Type errors are tsc's job (npm run typecheck); the bundle only needs the transpiled code.
            transpileOnly: true,
            configFile: path.resolve(__dirname, "tsconfig.json"),
            // tsconfig.json says module node16 for the CLI; webpack wants ES modules to tree-shake Fluent UI.
            compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: dev },
          },
        },
      ],
    },
  };
}

/** The add-in the manifest points at: the task pane and its static files, nothing of the preview or sim/. */
function addinConfig({ mode, dev, officeJs, origin }) {
  const copies = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "src/taskpane/support.html", to: "support.html" },
    // taskpane.html's static part as files (its CSP allows no inline script or style).
    { from: "src/taskpane/static/boot.js", to: "boot.js" },
    { from: "src/taskpane/static/boot.css", to: "boot.css" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      // The committed manifest points at the dev server; a deployment names its own origin.
      transform: (content) => content.toString("utf8").split(DEV_ORIGIN).join(origin),
    },
  ];
  if (officeJs === "local") {
    // Outside Office, office.js loads only its app-to-file mapping table and then resolves Office.onReady with a
    // null host. Inside Office it also loads host runtime and locale files, which is why production uses the CDN.
    for (const file of ["office.js", "o15apptofilemappingtable.js"]) {
      copies.push({ from: path.join(OFFICE_JS_LOCAL_DIR, file), to: `office-js/${file}` });
    }
  }
  const base = baseConfig({ mode, dev, outDir: "dist/web" });
  return {
    ...base,
    name: "addin",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    plugins: [
      new webpack.DefinePlugin({ __PHULUC_VERSION__: JSON.stringify(version) }),
      new HtmlWebpackPlugin({
        template: "src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        templateParameters: {
          officeJsUrl: officeJs === "cdn" ? OFFICE_JS_CDN : "office-js/office.js",
          csp: contentSecurityPolicy({ officeJsFromCdn: officeJs === "cdn" }),
        },
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    performance: {
      hints: dev ? false : "warning",
      // Fluent UI makes the one bundle larger than webpack's 244 KiB hint; it loads once and is cached.
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
      assetFilter: (file) => !file.endsWith(".map"),
    },
  };
}

/** The preview: the real pane beside a grid, against the simulated Excel (sim/fake-excel), with the seed workbooks. */
function previewConfig({ mode, dev }) {
  const seeds = seedWorkbooks();
  const base = baseConfig({ mode, dev, outDir: "dist/preview" });
  return {
    ...base,
    name: "preview",
    entry: { preview: "./src/preview/index.tsx" },
    resolve: {
      ...base.resolve,
      // The preview bundles the CLI's .xlsx reader; its file-system part is never called in the browser.
      fallback: { fs: false },
    },
    module: {
      ...base.module,
      // ExcelJS's browser build (package.json "browser") is a finished browserify bundle: nothing to parse in it.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
    },
    plugins: [
      new webpack.DefinePlugin({
        __PHULUC_VERSION__: JSON.stringify(version),
        __PHULUC_SEEDS__: JSON.stringify(seeds.map(({ id, url, name }) => ({ id, url, name }))),
      }),
      // Only the CLI's .xlsx reader (bundled into the preview) refers to Node's Buffer; it gets a small stand-in.
      new webpack.ProvidePlugin({ Buffer: [path.resolve(__dirname, "src/preview/buffer-shim.ts"), "Buffer"] }),
      new HtmlWebpackPlugin({ template: "src/preview/preview.html", filename: "preview.html", chunks: ["preview"] }),
      new CopyWebpackPlugin({
        // The pane's icons too: the pane shows them.
        patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }, ...seeds.map((s) => ({ from: s.from, to: s.url }))],
      }),
    ],
    // The preview carries ExcelJS's browser build and the simulation; it is not what Excel loads.
    performance: { hints: false },
  };
}

/** `--env pages=…`: which builds, by name. */
function pagesWanted(env, dev) {
  const pages = (env && env.pages) || (dev ? "all" : "addin");
  if (!["addin", "preview", "all"].includes(pages)) throw new Error(`--env pages must be addin, preview or all, not ${pages}`);
  return pages === "all" ? ["addin", "preview"] : [pages];
}

module.exports = async (env, argv) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const dev = mode === "development";
  const officeJs = process.env.PHULUC_OFFICE_JS || (dev ? "local" : "cdn");
  if (officeJs !== "cdn" && officeJs !== "local") throw new Error(`PHULUC_OFFICE_JS must be cdn or local, not ${officeJs}`);
  const origin = (process.env.PHULUC_ORIGIN || DEV_ORIGIN).replace(/\/+$/, "");

  const make = { addin: () => addinConfig({ mode, dev, officeJs, origin }), preview: () => previewConfig({ mode, dev }) };
  const configs = pagesWanted(env, dev).map((name) => make[name]());
  if (env && env.WEBPACK_SERVE) {
    // One server for both builds: webpack-dev-middleware looks a request up in each build's output in turn
    // (dist/web, then dist/preview, both in memory), so /taskpane.html and /preview.html share the port.
    configs[0].devServer = {
      port: PORT,
      host: "localhost",
      server: await devServerProtocol(),
      headers: { "Access-Control-Allow-Origin": "*" },
      // Everything is emitted by the builds (including the copied assets and manifest); nothing else is served.
      static: false,
      client: { overlay: { warnings: false } },
    };
  }
  return configs.length === 1 ? configs[0] : configs;
};

module.exports.addinConfig = addinConfig;
module.exports.previewConfig = previewConfig;
