import { resolve } from 'node:path';
import { build, mergeConfig, type InlineConfig } from 'vite';
import { defineConfig } from 'wxt';

/** Where the lazily loaded content app is built (see entrypoints/content/index.ts). */
const APP_DIR = 'content-scripts/app';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The sources package for addons.mozilla.org: code only, no test output.
  zip: { excludeSources: ['tests/e2e/screenshots/**', 'test-results/**', '.tmp/**', 'node_modules/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Only storage; the content script's match patterns are the only hosts.
    permissions: ['storage'],
    // Organisation policy (storage.managed), Chromium: see public/managed_schema.json.
    ...(browser === 'firefox'
      ? {
          // Firefox: a fixed id (storage.sync and policies are keyed by it) and the data-collection
          // declaration: Candor collects nothing.
          browser_specific_settings: {
            gecko: { id: 'candor@candor-extension.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
  hooks: (() => {
    // WXT bundles content scripts as one IIFE. The content script is a small loader; the app
    // (React UI, engine, compromise) is built here as an ES module with the content script's own
    // Vite config and imported from the loader when the first compose window appears.
    let contentConfig: InlineConfig | undefined;
    return {
      'vite:build:extendConfig': (entrypoints, config) => {
        if (entrypoints.some((e) => e.name === 'content')) contentConfig = config;
      },
      'build:manifestGenerated': (_wxt, manifest) => {
        // The page-level styles ride with the content script, so the browser unloads them with the
        // extension (public/candor-live.css says why).
        for (const cs of manifest.content_scripts ?? []) cs.css = [...(cs.css ?? []), 'candor-live.css'];
        manifest.web_accessible_resources ??= [];
        // The app is reachable only from the content script's own pages (its match patterns).
        // use_dynamic_url: pages cannot probe a fixed chrome-extension:// URL to detect Candor.
        (manifest.web_accessible_resources as Array<{ matches: string[]; resources: string[]; use_dynamic_url?: boolean }>).push({
          matches: [...new Set((manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []))],
          resources: [`${APP_DIR}/*`],
          use_dynamic_url: true,
        });
      },
      'build:done': async (wxt) => {
        if (!contentConfig) throw new Error('content script config not captured');
        await build(
          mergeConfig(contentConfig, {
            logLevel: 'warn',
            build: {
              emptyOutDir: true,
              minify: true,
              lib: { entry: resolve(wxt.config.entrypointsDir, 'content/app.tsx'), formats: ['es'], fileName: 'app' },
              rollupOptions: { output: { minify: true, entryFileNames: 'app.js', chunkFileNames: '[name]-[hash].js', assetFileNames: '[name][extname]' } },
              outDir: resolve(wxt.config.outDir, APP_DIR),
            },
          } satisfies InlineConfig),
        );
      },
    };
  })(),
});
