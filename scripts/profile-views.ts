/**
 * Where the views spend their time at 100 000 items: the app built without minification (so
 * function names survive), the bench's generated dataset, and a CPU profile (Chromium's
 * `Profiler` domain) of each route's first render and of a keystroke in the search box; prints
 * the functions with the most self time. For finding hot spots; `npm run bench` measures.
 *
 *   npx tsx --tsconfig tsconfig.app.json scripts/profile-views.ts [--items 100000] [--routes overview,tiltak]
 *     [--no-build] [--trace] [--inclusive] [--shots <dir>]
 *       (--trace: main-thread time by trace event instead of a CPU profile; --inclusive: time per
 *       function with what it calls, instead of self time)
 *       (--shots: also screenshots of each route at 1280×800 and 1920×1080)
 */
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type CDPSession, type Page } from 'playwright-core'
import { build } from 'vite'
import { generateVeikartCsv } from '../bench/generate-veikart'
import { importFile } from '@/import/run-import'
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs'
import { traced } from './trace-summary'
import { DATASET_ID, firstRender, serveApp, store, timedInput, type RouteName } from './bench-views'

const ROOT = join(import.meta.dirname, '..')
const OUT = join(ROOT, 'node_modules/.cache/veikart-profile/app')

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Self time per function (ms), most first. */
function selfTimes(profile: CpuProfile, top = 25): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const totals = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame
    if (!frame) return
    const key = `${frame.functionName || '(anonymous)'} ${basename(frame.url)}:${frame.lineNumber + 1}`
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${key}`)
}

/**
 * Inclusive time per function (ms), most first: each sample counts once for every function on
 * its stack, so a caller shows what its callees cost (`--inclusive`; recursion counted once).
 */
function inclusiveTimes(profile: CpuProfile, top = 40): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parentOf = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id)
  const totals = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const onStack = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)?.callFrame
      if (frame?.url)
        onStack.add(`${frame.functionName || '(anonymous)'} ${basename(frame.url)}:${frame.lineNumber + 1}`)
    }
    for (const key of onStack) totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${key}`)
}

/** A CPU profile of `run`, or (`trace`) a trace instead: running both slows the page down a lot. */
async function profiled<T>(
  cdp: CDPSession,
  run: () => Promise<T>,
  trace = false,
  inclusive = false,
): Promise<{ result: T; lines: string[] }> {
  // The trace names what the profile calls "(program)": style, layout, paint, IndexedDB.
  if (trace) return traced(cdp, run, 25)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
  await cdp.send('Profiler.start')
  const result = await run()
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
  return { result, lines: inclusive ? inclusiveTimes(profile) : selfTimes(profile) }
}

/** The route as shown, at the two sizes the project checks, for looking at by eye. */
async function screenshots(page: Page, dir: string, name: string): Promise<void> {
  mkdirSync(dir, { recursive: true })
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.waitForTimeout(500)
    await page.screenshot({ path: join(dir, `${name}-${width}.png`) })
  }
  await page.setViewportSize({ width: 1700, height: 2800 })
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      items: { type: 'string', default: '100000' },
      routes: { type: 'string', default: 'overview,tiltak,timeline,yearPlan' },
      'no-build': { type: 'boolean', default: false },
      shots: { type: 'string' },
      trace: { type: 'boolean', default: false },
      inclusive: { type: 'boolean', default: false },
    },
  })
  const items = Number(values.items)
  if (!values['no-build'])
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      build: { outDir: OUT, emptyOutDir: true, minify: false },
      logLevel: 'warn',
    })
  const outcome = await importFile(new TextEncoder().encode(generateVeikartCsv(items)), {
    fileName: `veikart-${items}.csv`,
    datasetId: DATASET_ID,
    title: `Benchmark ${items}`,
  })
  if (!outcome.content) throw new Error('the generated file did not import')
  const content = outcome.content
  const { server, url } = await serveApp(OUT)
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'veikart-profile-')), {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1700, height: 2800 },
  })
  try {
    const page: Page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${url}/datasett`)
    await page.waitForSelector('[data-testid="datasets-table"] tbody tr', { timeout: 60_000 })
    await store(page, content)
    const cdp = await context.newCDPSession(page)
    const total = new Intl.NumberFormat('nb-NO').format(content.items.length)
    const goal1 = new Intl.NumberFormat('nb-NO').format(content.items.filter((i) => i.goal === 1).length)
    const routes: [RouteName, string, string][] = [
      ['overview', '/', goal1],
      ['tiltak', '/tiltak', total],
      ['timeline', '/tidslinje', `Benchmark ${items}`],
      ['yearPlan', '/ar/2026', `Benchmark ${items}`],
    ]
    const wanted = new Set(values.routes.split(','))
    for (const [name, path, value] of routes.filter(([n]) => wanted.has(n))) {
      const { result, lines } = await profiled(
        cdp,
        () => firstRender(page, `${url}${path}`, name, value),
        values.trace,
        values.inclusive,
      )
      console.log(`\n== ${name}: first render ${result} ms`)
      console.log(lines.join('\n'))
      if (values.shots) await screenshots(page, values.shots, name)
      if (name === 'tiltak' || name === 'timeline') {
        // As in the bench, the keystroke comes once the search index and facets are prepared
        // (in the idle time after the first render), so the profile shows what a keystroke costs.
        await page.waitForFunction(() => performance.getEntriesByName('veikart-prepared').length > 0, null, {
          timeout: 60_000,
        })
        const typed = await profiled(cdp, () => timedInput(page, 'type', 'h'), values.trace, values.inclusive)
        console.log(`\n== ${name}: keystroke ${typed.result} ms`)
        console.log(typed.lines.join('\n'))
        const goal = await profiled(cdp, () => timedInput(page, 'goal', '2'), values.trace, values.inclusive)
        console.log(`\n== ${name}: goal filter ${goal.result} ms`)
        console.log(goal.lines.join('\n'))
      }
    }
  } finally {
    await context.close()
    server.close()
  }
}

await main()
