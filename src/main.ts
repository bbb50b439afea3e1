/**
 * The entry. On a first visit index.html shows the overview as built (src/prerender.ts,
 * public/first-visit.js); the app (start.ts) is then imported once that picture is on screen,
 * so on a slow phone it is seen at once rather than after seconds of script evaluation. Anywhere
 * else, and in a hidden tab (which paints nothing), the app starts at once. The styles load
 * with index.html.
 */
import './styles/main.css'

/** The libraries' chunk, by its file name (written in by vite.config.ts); not in dev. */
const START_LIBS = '__veikart_start_libs__'

/**
 * Vue and the other libraries (their own chunk, vite.config.ts) and the app's modules are fetched
 * together, but each import is evaluated in a task of its own: the libraries first (the app's
 * import waits for them to arrive too), then the app. On a slow phone the two are each shorter
 * than the one long task they made together, which held up input. The libraries' chunk is
 * imported by its file name: `import('vue')` made the build emit a chunk of Vue's exports to
 * import it through (1.3 kB gzip, and a request).
 */
function start(): void {
  if (import.meta.env.PROD) void import(/* @vite-ignore */ START_LIBS)
  void import('./start')
}

/** Runs `then` once the first contentful paint has been presented (at most 3 s later). */
function afterFirstPaint(then: () => void): void {
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(() => setTimeout(then))
    return
  }
  let started = false
  const once = () => {
    if (started) return
    started = true
    observer.disconnect()
    then()
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) once()
  })
  observer.observe({ type: 'paint', buffered: true })
  setTimeout(once, 3000)
}

if (document.documentElement.hasAttribute('data-start-page') && document.visibilityState === 'visible')
  afterFirstPaint(start)
else start()
