/**
 * Puts the overview as a first visit sees it (src/prerender.ts) into the built index.html, with
 * public/first-visit.js, which shows it only where the app's first render will be that page (the
 * app then hydrates it, src/start.ts).
 * The page is rendered by a Vite dev server in SSR mode from the same sources; its components get
 * the scope ids the build gives them (path and source), so the built CSS styles it.
 */
import vue from '@vitejs/plugin-vue'
import { createServer, type HtmlTagDescriptor, type Plugin, type Rollup } from 'vite'

const APP_ROOT = '<div id="app"></div>'

/** vite-plugin-pwa's module is build-only: at build time the update prompt never shows. */
function pwaRegisterStub(): Plugin {
  const id = '\0pwa-register-stub'
  return {
    name: 'veikart-pwa-register-stub',
    resolveId: (source) => (source === 'virtual:pwa-register/vue' ? id : null),
    load: (source) =>
      source === id
        ? `import { ref } from 'vue'
           export const useRegisterSW = () => ({ needRefresh: ref(false), offlineReady: ref(false), updateServiceWorker: async () => {} })`
        : null,
  }
}

/** src/prerender.ts, as the SSR server loads it (typed here: the node project does not see src/). */
interface StartPageModule {
  renderStartPage(): Promise<string>
}

async function renderStartPage(root: string, alias: Record<string, string>): Promise<string> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [pwaRegisterStub(), vue({ features: { componentIdGenerator: 'filepath-source' } })],
    resolve: { alias },
  })
  try {
    const entry = (await server.ssrLoadModule('/src/prerender.ts')) as StartPageModule
    // Vue's fragment markers stay: the app hydrates this page (src/start.ts).
    return await entry.renderStartPage()
  } finally {
    await server.close()
  }
}

/**
 * The CSS of the app's start module (src/start.ts) and of everything it imports statically: the
 * entry imports it after the first paint, but the picture needs its styles before that paint.
 */
function startStyles(
  html: string,
  bundle: Rollup.OutputBundle | undefined,
  base: string,
): HtmlTagDescriptor[] {
  const chunks = Object.values(bundle ?? {}).filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
  const start = chunks.find((c) => c.moduleIds.some((id) => id.endsWith('/src/start.ts')))
  if (!start) throw new Error('No chunk for src/start.ts in the bundle')
  const css = new Set<string>()
  const seen = new Set<string>()
  const walk = (chunk: Rollup.OutputChunk | undefined) => {
    if (!chunk || seen.has(chunk.fileName)) return
    seen.add(chunk.fileName)
    chunk.viteMetadata?.importedCss.forEach((file) => css.add(file))
    chunk.imports.forEach((file) => walk(chunks.find((c) => c.fileName === file)))
  }
  walk(start)
  return [...css]
    .filter((file) => !html.includes(`${base}${file}"`))
    .map((file) => ({
      tag: 'link',
      attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${file}` },
      injectTo: 'head',
    }))
}

export function prerenderStartPage(alias: Record<string, string>): Plugin {
  let root = ''
  let base = '/'
  return {
    name: 'veikart-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root
      base = config.base
    },
    async transformIndexHtml(html, { bundle }) {
      // Only the app's page (the benchmark pages share this config); tests/e2e/start-page.e2e.ts
      // fails should index.html lose its root.
      if (!html.includes(APP_ROOT)) return html
      const page = await renderStartPage(root, alias)
      return {
        html: html.replace(APP_ROOT, `<div id="app" data-prerendered>${page}</div>`),
        tags: [
          ...startStyles(html, bundle, base),
          {
            tag: 'script',
            attrs: { src: `${base}first-visit.js`, 'data-start-path': base },
            injectTo: 'head',
          },
        ],
      }
    },
  }
}
