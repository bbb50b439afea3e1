/**
 * Builds the benchmark pages with the app's own Vite config, so the import client, its worker,
 * Dexie and ECharts are bundled exactly as in the app build: bench/index.html (import) and
 * bench/gantt.html (timeline and facet counts). Two differences:
 * - no PWA plugin: the bench page registers no service worker, and precaching the app's files
 *   would only add build time;
 * - output under node_modules/.cache: ignored by git, ESLint and Prettier, and away from
 *   dist/, which the app build and the e2e tests own.
 */
import { join } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { mergeConfig, type PluginOption } from 'vite'
import appConfig from '../vite.config.ts'

export const BENCH_ROOT = fileURLToPath(new URL('.', import.meta.url))
export const BENCH_OUT_DIR = fileURLToPath(
  new URL('../node_modules/.cache/veikart-bench/site', import.meta.url),
)

const isPwaPlugin = (plugin: PluginOption): boolean =>
  typeof plugin === 'object' &&
  plugin !== null &&
  'name' in plugin &&
  plugin.name.startsWith('vite-plugin-pwa')

export default mergeConfig(
  { ...appConfig, plugins: [appConfig.plugins ?? []].flat(3).filter((p) => !isPwaPlugin(p)) },
  {
    root: BENCH_ROOT,
    base: './',
    publicDir: false,
    build: {
      outDir: BENCH_OUT_DIR,
      emptyOutDir: true,
      reportCompressedSize: false,
      rolldownOptions: {
        input: {
          index: join(BENCH_ROOT, 'index.html'),
          gantt: join(BENCH_ROOT, 'gantt.html'),
          deck: join(BENCH_ROOT, 'deck.html'),
        },
      },
    },
  },
)
