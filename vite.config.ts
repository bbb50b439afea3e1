import { dirname, relative } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { prerenderStartPage } from './scripts/vite-prerender.ts'

const src = fileURLToPath(new URL('./src', import.meta.url))

/**
 * The Content-Security-Policy of the built page, as a meta tag so it travels with the page
 * (offline too: the service worker serves the same index.html). Everything is the app's own:
 * no inline or evaluated script; styles from the app's CSS files, with inline `style`
 * attributes allowed because ECharts positions its tooltips with them; images also as data:
 * and blob: URLs (chart PNG/SVG export, the presentation PDF); workers (the import worker, the
 * service worker) from the app; connections to the app's origin, and over HTTPS to where a
 * meeting pack is published (`?pakke=<url>`, fetched only when the user opens such a link;
 * plain HTTP stays blocked). `frame-ancestors`
 * cannot be set in a meta tag (browsers ignore it there); a server should send it as a header.
 * Only in the build: the dev server needs inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'veikart-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * Writes `.vite/chunk-modules.json` (chunk file → the source modules in it) next to Vite's
 * manifest, which names chunks but not their content: the budget check
 * (scripts/check-bundle-size.mjs) finds the ECharts and parser chunks through it.
 */
function chunkModules(): Plugin {
  return {
    name: 'veikart-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const root = fileURLToPath(new URL('.', import.meta.url))
      const modules: Record<string, string[]> = {}
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue
        modules[item.fileName] = item.moduleIds.map((id) => id.replace(root, '').replace(/\?.*$/, ''))
      }
      this.emitFile({ type: 'asset', fileName: '.vite/chunk-modules.json', source: JSON.stringify(modules) })
    },
  }
}

/**
 * The catalogs precompiled to message functions, and vue-i18n's runtime-only build: the
 * message compiler (~10 kB gzip) is not shipped. Build only: tests and the dev server read the
 * catalogs as plain objects (the key tests look at the strings) with the full vue-i18n.
 */
function precompiledMessages(): Plugin[] {
  const plugins = VueI18nPlugin({
    include: [fileURLToPath(new URL('./src/i18n/{nb-start,nb-pages,en}.ts', import.meta.url))],
    runtimeOnly: true,
    compositionOnly: true,
    fullInstall: false,
    dropMessageCompiler: true,
    strictMessage: true,
  })
  return (Array.isArray(plugins) ? plugins : [plugins]).map((p) => ({ ...p, apply: 'build' as const }))
}

/**
 * Compile-time flags that let the build drop code the app never runs: Vue's Options API (every
 * component, vue-router's and vue-echarts' included, uses `setup`) and intlify's devtools hooks.
 * Build only: the tests mount components with @vue/test-utils and the full Vue.
 */
function productionFlags(): Plugin {
  return {
    name: 'veikart-production-flags',
    apply: 'build',
    config: () => ({
      define: {
        __VUE_OPTIONS_API__: 'false',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        __INTLIFY_PROD_DEVTOOLS__: 'false',
      },
    }),
  }
}

/**
 * The app's start module (src/start.ts, imported by the entry after the first paint) and all it
 * imports statically, in one chunk and one of its libraries: left to automatic chunking, the modules it shares with later
 * pages became a dozen small chunks, more requests and worse compression on the start path.
 * Not what the entry itself imports, nor Vite's own modules (its preload helper, which the entry
 * uses): the entry must not load the chunk.
 */
type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null }
function staticGraph(entry: string, graph: ModuleGraph): Set<string> {
  const seen = new Set<string>()
  const visit = (id: string) => {
    if (seen.has(id)) return
    seen.add(id)
    graph.getModuleInfo(id)?.importedIds.forEach(visit)
  }
  visit(fileURLToPath(new URL(entry, import.meta.url)))
  return seen
}
let startModules: Set<string> | null = null
/**
 * src/start.ts itself stays out of the group, in the chunk of the entry's `import()`: a dynamically
 * imported module in a group is imported through a chunk of its own that only imports the group's
 * (rolldown/rolldown#9729), an empty file and a request for nothing.
 */
const START_ENTRY = fileURLToPath(new URL('./src/start.ts', import.meta.url))
function startChunk(id: string, graph: ModuleGraph): string | null {
  if (!startModules) {
    const entry = staticGraph('./src/main.ts', graph)
    const ours = (m: string) => !entry.has(m) && !m.startsWith('\0')
    startModules = new Set([...staticGraph('./src/start.ts', graph)].filter(ours))
  }
  if (!startModules.has(id) || id === START_ENTRY) return null
  // Its libraries (Vue, vue-router, Pinia, vue-i18n) apart: the entry evaluates them in a task
  // before the app's own modules (src/main.ts), two shorter tasks rather than one long one.
  return id.includes('/node_modules/') ? 'start-libs' : 'start'
}

/**
 * Writes the libraries' chunk (`start-libs`, below) into src/main.ts, which imports it by its file
 * name to evaluate it in a task before the app's: Rolldown gives an `import()` of a module in a
 * chunk group a chunk of its own that only re-exports it (rolldown/rolldown#9729), for Vue 1.3 kB
 * gzip and a request more on the start path. The name is known once the chunks are.
 */
const START_LIBS = '__veikart_start_libs__'
function startLibsImport(): Plugin {
  return {
    name: 'veikart-start-libs-import',
    apply: 'build',
    generateBundle(_options, bundle) {
      const libs = Object.values(bundle).find((item) => item.type === 'chunk' && item.name === 'start-libs')
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk' || !item.code.includes(START_LIBS)) continue
        if (!libs) this.error(`${item.fileName} imports the start-libs chunk, which the build has not made`)
        item.code = item.code.replaceAll(START_LIBS, `./${relative(dirname(item.fileName), libs.fileName)}`)
      }
    },
  }
}

export default defineConfig({
  plugins: [
    vue(),
    ...precompiledMessages(),
    productionFlags(),
    contentSecurityPolicy(),
    chunkModules(),
    startLibsImport(),
    // The overview as a first visit sees it, in index.html: drawn before any script runs.
    prerenderStartPage({ '@': src }),
    // Offline after the first visit: every built file is precached. `prompt`: a new version waits
    // until the user chooses to reload, so an update never discards what they are doing.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Veikart – nasjonal e-helsestrategi',
        short_name: 'Veikart',
        description: 'Mål, tiltak og veikart for nasjonal e-helsestrategi 2023–2030',
        lang: 'nb',
        start_url: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f6c',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json}'],
        navigateFallback: '/index.html',
        // ECharts is the largest chunk (~0.6 MB); everything must be precached to work offline.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  build: {
    // The budget check (scripts/check-bundle-size.mjs) follows the start path through it.
    manifest: true,
    // Every browser Veikart supports has modulepreload (Chromium, Firefox ≥ 115, Safari ≥ 17).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The preload helper, which entry and start chunk share, apart: else it joins the start chunk.
          groups: [
            { name: (id, ctx) => (startChunk(id, ctx) === 'start-libs' ? 'start-libs' : null), priority: 2 },
            { name: startChunk },
            { name: 'preload-helper', test: (id) => id.includes('vite/preload-helper'), priority: 1 },
          ],
        },
      },
    },
    // The lazily loaded ECharts chunk is ~0.6 MB minified; it is precached, not on the start path.
    chunkSizeWarningLimit: 700,
  },
  resolve: { alias: { '@': src } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['tests/component/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
