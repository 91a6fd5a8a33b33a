// Builds the add-in's pages into dist/: `npm run build` (production) or `npm run build:dev`.
// esbuild transpiles our code and lowers the packages' syntax to the webviews' (fast on two
// cores); webpack's own minifier (terser) minifies, because it drops the thousands of unused
// bindings that tree shaking leaves inside the bundles (Fluent's icon modules), which esbuild's
// minifier keeps: 14 KiB gzip of the task pane's first load, for about 15 s of an uncached build.
// React and Fluent go in a vendor chunk the task pane loads first, so the pane's own code stays
// small; lazy chunks load on demand.
// After every build, dist/bundle-stats.json records each page's initial JavaScript, raw and
// gzipped, and dist/config.js holds the runtime settings from the UCB_* environment variables.
// UCB_ADDIN_ORIGIN=https://host makes dist/manifest.xml the production manifest for that host; a
// tenant build (UCB_CLIENT_ID) refuses to run without it (scripts/build-manifest.ts).
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { tsImport } from "tsx/esm/api";
import webpack from "webpack";

const root = dirname(fileURLToPath(import.meta.url));

/**
 * One line per page. `vendor: true` puts the page's node_modules (React, Fluent) in a shared
 * "vendor" chunk; pages without it bundle what they use on their own, so a page that needs MSAL
 * never drags it into the task pane's first load.
 */
const PAGES = [
  {
    name: "taskpane",
    entry: "./src/taskpane/main.tsx",
    template: "./src/taskpane/taskpane.html",
    vendor: true,
    layer: "pane",
  },
  {
    name: "commands",
    entry: "./src/commands/commands.ts",
    template: "./src/commands/commands.html",
  },
  {
    name: "dialog",
    entry: "./src/auth/fallback/dialog.ts",
    template: "./src/auth/fallback/dialog.html",
  },
  // Outlook's event runtime (the send check): launchevent.html for the browser runtimes, and
  // launchevent.js alone for classic Outlook on Windows, which loads that one file (the manifest
  // names it, so no content hash) in a JavaScript-only runtime that cannot load chunks.
  {
    name: "launchevent",
    entry: "./src/launchevent/launchevent.ts",
    template: "./src/launchevent/launchevent.html",
    eventRuntime: true,
  },
];

/** Modules of the event runtime: dynamic imports (MSAL has one) are bundled in, never chunks. */
const EVENT_RUNTIME_LAYER = "event-runtime";

// Outlook's webviews: WebView2 (Chromium, evergreen) on Windows and in new Outlook, WKWebView
// (Safari 15 and later) on Mac and iOS, Chrome on Android. No Trident, so no ES5 or polyfills.
const TARGET = ["es2020", "chrome100", "edge100", "safari15", "ios15"];

/** dist/config.js from the environment, validated by the same code as the pane (src/config). */
class ConfigJsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ConfigJsPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "ConfigJsPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const { configFromEnvironment, configScript } = await tsImport(
            "./src/config/environment.ts",
            import.meta.url,
          );
          let policy;
          const policyFile = process.env.UCB_POLICY_FILE;
          try {
            if (policyFile) policy = JSON.parse(readFileSync(resolve(root, policyFile), "utf8"));
          } catch (error) {
            compilation.errors.push(new webpack.WebpackError(`UCB_POLICY_FILE: ${error.message}`));
            return;
          }
          const config = configFromEnvironment(process.env, policy);
          if (!config.ok) {
            compilation.errors.push(new webpack.WebpackError(`config.js: ${config.error.message}`));
            return;
          }
          const { parsePolicyConfig, usesPlaceholderHelpdesk, PORTSMOUTH_POLICY } = await tsImport(
            "./src/domain/config.ts",
            import.meta.url,
          );
          const parsedPolicy =
            policy === undefined
              ? { ok: true, value: PORTSMOUTH_POLICY }
              : parsePolicyConfig(policy);
          // Letters carry the helpdesk's contact details: a tenant build must not send the placeholder.
          if (
            config.value.auth.mode === "naa" &&
            parsedPolicy.ok &&
            usesPlaceholderHelpdesk(parsedPolicy.value)
          ) {
            compilation.warnings.push(
              new webpack.WebpackError(
                "config.js: the policy's helpdesk contact is still the placeholder (an .invalid address): set policy.helpdesk in the file UCB_POLICY_FILE names before letters go to customers (docs/policy-rules.md).",
              ),
            );
          }
          compilation.emitAsset(
            "config.js",
            new webpack.sources.RawSource(configScript(config.value)),
            // Kept readable, never minified: administrators edit it on their server.
            { minimized: true },
          );
        },
      );
    });
  }
}

/**
 * The task pane signs in by nested app authentication only (src/auth/msalStandardUnavailable.ts):
 * in its layer, MSAL's standard controller, which createNestablePublicClientApplication names
 * for its fallback, is replaced by a stand-in that throws, so the first load carries the NAA
 * controller alone (31.8 KiB gzip instead of 82.6). Other pages (the sign-in dialog) keep the
 * whole of MSAL.
 */
const MSAL_STANDARD =
  /[\\/]msal-browser[\\/]dist[\\/](controllers[\\/]StandardController|operatingcontext[\\/]StandardOperatingContext)\.mjs$/;
const paneSignsInByNaaOnly = new webpack.NormalModuleReplacementPlugin(/Standard/, (resource) => {
  if (resource.contextInfo?.issuerLayer !== "pane") return;
  const target = resolve(resource.context ?? "", resource.request ?? "");
  if (MSAL_STANDARD.test(target)) {
    resource.request = resolve(root, "src/auth/msalStandardUnavailable.ts");
  }
});

/**
 * The Graph SDK's HTTPClientFactory builds the SDK's default middleware chain for a Client given
 * an `authProvider`; the add-in gives its own chain (src/graph/client.ts), so every page takes a
 * stand-in that refuses the default one (src/graph/sdkMiddlewareOnly.ts), and the SDK's
 * authentication, retry and redirect handlers drop out (about 2 KiB gzip of the first verdict).
 */
const GRAPH_SDK_FACTORY =
  /[\\/]microsoft-graph-client[\\/]lib[\\/]es[\\/]src[\\/]HTTPClientFactory\.js$/;
const graphSdkMiddlewareOnly = new webpack.NormalModuleReplacementPlugin(
  /HTTPClientFactory/,
  (resource) => {
    const target = resolve(resource.context ?? "", resource.request ?? "");
    if (GRAPH_SDK_FACTORY.test(`${target}.js`) || GRAPH_SDK_FACTORY.test(target)) {
      resource.request = resolve(root, "src/graph/sdkMiddlewareOnly.ts");
    }
  },
);

/** Says which manifest the build wrote (set when webpack starts). */
let manifestLogger;

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Keeps launchevent.js one file (the JavaScript-only runtime loads nothing else) and writes
 * dist/.well-known/microsoft-officeaddins-allowed.json, which lets that file sign in and fetch
 * from the add-in's origin in classic Outlook on Windows (scripts/make-manifest.ts words both).
 */
class EventRuntimePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EventRuntimePlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "EventRuntimePlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          for (const page of PAGES.filter((p) => p.eventRuntime)) {
            const entrypoint = compilation.entrypoints.get(page.name);
            const files = entrypoint?.getFiles().filter((file) => file.endsWith(".js")) ?? [];
            const lazy = [...(entrypoint?.chunks ?? [])].flatMap((c) => [...c.getAllAsyncChunks()]);
            if (files.length !== 1 || files[0] !== `${page.name}.js` || lazy.length > 0) {
              compilation.errors.push(
                new webpack.WebpackError(
                  `${page.name}: the event runtime must be the one file ${page.name}.js; it is ${[...files, ...lazy.map((c) => c.name ?? c.id)].join(", ")}`,
                ),
              );
            }
          }
          const { DEV_ORIGIN, wellKnownAllowed } = await tsImport(
            "./scripts/make-manifest.ts",
            import.meta.url,
          );
          compilation.emitAsset(
            ".well-known/microsoft-officeaddins-allowed.json",
            new webpack.sources.RawSource(
              wellKnownAllowed(process.env.UCB_ADDIN_ORIGIN || DEV_ORIGIN),
            ),
          );
        },
      );
    });
  }
}

/** dist/bundle-stats.json: each entrypoint's initial JS (what loads before the pane can draw). */
class BundleStatsPlugin {
  apply(compiler) {
    const logger = compiler.getInfrastructureLogger("bundle-stats");
    manifestLogger = compiler.getInfrastructureLogger("manifest");
    compiler.hooks.thisCompilation.tap("BundleStatsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BundleStatsPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const measure = (file) => {
            const bytes = compilation.getAsset(file).source.buffer();
            return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
          };
          const initial = new Set();
          const entrypoints = {};
          for (const [name, entrypoint] of compilation.entrypoints) {
            const files = entrypoint
              .getFiles()
              .filter((file) => file.endsWith(".js"))
              .map(measure);
            files.forEach((f) => initial.add(f.file));
            const sum = (key) => files.reduce((total, f) => total + f[key], 0);
            entrypoints[name] = { initialJs: { raw: sum("raw"), gzip: sum("gzip") }, files };
          }
          const lazyChunks = compilation
            .getAssets()
            .map((asset) => asset.name)
            .filter((file) => file.endsWith(".js") && !initial.has(file) && file !== "config.js")
            .map(measure);
          const stats = { mode: compiler.options.mode, entrypoints, lazyChunks };
          compilation.emitAsset(
            "bundle-stats.json",
            new webpack.sources.RawSource(`${JSON.stringify(stats, null, 2)}\n`),
          );
          const pane = entrypoints.taskpane?.initialJs;
          if (pane) {
            logger.info(
              `task pane initial JS: ${kib(pane.gzip)} gzip, ${kib(pane.raw)} raw (dist/bundle-stats.json)`,
            );
          }
        },
      );
    });
  }
}

export default (_env, argv) => {
  const production = argv.mode === "production";
  const vendorPages = new Set(PAGES.filter((page) => page.vendor).map((page) => page.name));
  const hashed = production ? "[name].[contenthash:8].js" : "[name].js";
  return {
    mode: production ? "production" : "development",
    context: root,
    entry: Object.fromEntries(
      PAGES.map((page) => [
        page.name,
        { import: page.entry, layer: page.eventRuntime ? EVENT_RUNTIME_LAYER : page.layer },
      ]),
    ),
    output: {
      path: resolve(root, "dist"),
      filename: (pathData) =>
        PAGES.some((page) => page.eventRuntime && page.name === pathData.chunk?.name)
          ? "[name].js"
          : hashed,
      chunkFilename: hashed,
      clean: true,
    },
    devtool: production ? "source-map" : "cheap-module-source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, loader: "esbuild-loader", options: { target: TARGET } },
        {
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]/,
          loader: "esbuild-loader",
          options: { loader: "js", target: TARGET },
        },
        {
          // Modules the event runtime imports (they inherit its layer): dynamic imports inline.
          test: /\.(m?js|tsx?)$/,
          issuerLayer: EVENT_RUNTIME_LAYER,
          parser: { dynamicImportMode: "eager" },
        },
        // The Graph SDK's modules only define and export (no module runs code when loaded) but
        // its package.json does not say so: saying it here lets the unused parts (file uploads,
        // batching helpers, the SDK's own retry and redirect handlers) drop out of the bundle.
        {
          test: /[\\/]@microsoft[\\/]microsoft-graph-client[\\/]lib[\\/]es[\\/]/,
          sideEffects: false,
        },
      ],
    },
    experiments: { layers: true },
    optimization: {
      // webpack's default minimizer (terser); config.js is emitted as already minimized.
      minimizer: ["..."],
      splitChunks: {
        cacheGroups: {
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            // Initial chunks of vendor pages only: lazy chunks keep their own node_modules.
            chunks: (chunk) => vendorPages.has(chunk.name),
            enforce: true,
            priority: 10,
          },
        },
      },
    },
    plugins: [
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            chunks: [page.name],
            scriptLoading: "defer",
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // With UCB_ADDIN_ORIGIN, dist/ holds the production manifest for that origin; a
            // tenant build without it fails. Either way <Version> is package.json's version.
            transform: async (content) => {
              const { buildManifest } = await tsImport(
                "./scripts/build-manifest.ts",
                import.meta.url,
              );
              const { releaseVersion } = await tsImport(
                "./scripts/make-manifest.ts",
                import.meta.url,
              );
              const built = buildManifest(
                content.toString("utf8"),
                process.env,
                releaseVersion(root),
              );
              manifestLogger?.info(built.summary);
              return built.xml;
            },
          },
        ],
      }),
      paneSignsInByNaaOnly,
      graphSdkMiddlewareOnly,
      new ConfigJsPlugin(),
      new EventRuntimePlugin(),
      new BundleStatsPlugin(),
    ],
    // Budgets are watched through bundle-stats.json (docs/performance.md), not webpack's hints.
    performance: { hints: false },
    cache: { type: "filesystem", buildDependencies: { config: [fileURLToPath(import.meta.url)] } },
    stats: "errors-warnings",
  };
};
