/**
 * Import benchmark: the app's end-to-end import against a baseline of raw PapaParse + one
 * Dexie `bulkAdd`, in headless Chromium. Not part of `npm test`: speed is measured here only.
 *
 *   npm run bench                                  table on stdout, progress on stderr
 *   npm run --silent bench -- --json               only the JSON document on stdout
 *   npm run bench -- --sizes 10000,100000 --runs 5,3   (the defaults; runs per size)
 *
 * Steps: make sure Chromium is there (scripts/ensure-chromium.mjs, as the e2e tests do); build
 * the bench page (bench/, with the app's Vite config) into node_modules/.cache/veikart-bench;
 * write deterministic veikart exports to bench-results/data/; serve both on 127.0.0.1; warm
 * up (1000 rows, not recorded); run app and baseline interleaved (A B A B …) so that drift
 * (caches, other load on the machine) hits both alike; write bench-results/import.json.
 * What each side does and times is described in bench/bench-main.ts.
 *
 * JSON (also the content of bench-results/import.json):
 *   {
 *     "import": {
 *       "10000": {
 *         "rows", "fileBytes", "runs",
 *         "appMs", "baselineMs", "ratio",          medians; ratio = appMs / baselineMs
 *         "longestPauseMs", "longTasks",           maxima over the app runs
 *         "appAnalyseMs", "appCommitMs",           medians of the app's two steps
 *         "baselineParseMs", "baselineWriteMs",    medians of the baseline's two steps
 *         "appRunsMs": [], "baselineRunsMs": [], "pausesMs": []   every run, in order
 *       },
 *       "100000": { … },
 *       "ratio", "longestPauseMs",                 ratio at the largest size; max pause overall
 *       "targets": { "ratio": 1.25, "longestPauseMs": 50 }, "meetsTargets"
 *     },
 *     "machine": { "date", "commit", "os", "cpu", "cores", "memoryGiB", "node", "chromium",
 *                  "chromiumArgs", "loadAverage": { "before", "after" } }
 *   }
 * Other benchmarks (the Gantt chart) get their own top-level key beside `import`. The exit
 * code is 0 whether or not the targets are met; `meetsTargets` says which.
 *
 * The browser gets a persistent profile in a temporary directory: Playwright's usual
 * `newContext()` is off the record, where IndexedDB lives in memory and writes would look
 * cheaper than on a user's disk.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type Page } from 'playwright-core'
import { build } from 'vite'
import type { AppRun, BaselineRun } from '../bench/bench-api'
import { generateVeikartCsv } from '../bench/generate-veikart'
import { BENCH_OUT_DIR } from '../bench/vite.config'

const ROOT = resolve(import.meta.dirname, '..')
const RESULTS_DIR = join(ROOT, 'bench-results')
const DATA_DIR = join(RESULTS_DIR, 'data')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const TARGETS = { ratio: 1.25, longestPauseMs: 50 }

interface SizeResult {
  rows: number
  fileBytes: number
  runs: number
  appMs: number
  baselineMs: number
  ratio: number
  longestPauseMs: number
  longTasks: number
  appAnalyseMs: number
  appCommitMs: number
  baselineParseMs: number
  baselineWriteMs: number
  appRunsMs: number[]
  baselineRunsMs: number[]
  pausesMs: number[]
}

const log = (message: string): void => void process.stderr.write(`${message}\n`)

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const value = sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return value ?? Number.NaN
}

const round = (ms: number): number => Math.round(ms * 10) / 10

function parseList(text: string, name: string): number[] {
  const values = text.split(',').map(Number)
  if (values.some((v) => !Number.isInteger(v) || v <= 0)) throw new Error(`--${name}: ${text}`)
  return values
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
}

/** Serves the bench build, and the generated files under /data/; nothing else. */
function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const [base, rest] = path.startsWith('/data/')
      ? [DATA_DIR, path.slice('/data/'.length)]
      : [BENCH_OUT_DIR, path === '/' ? 'index.html' : path.slice(1)]
    const file = normalize(join(base, rest))
    try {
      if (!file.startsWith(base + sep) || !statSync(file).isFile()) throw new Error('not found')
      response.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      response.end(readFileSync(file))
    } catch {
      response.writeHead(404).end()
    }
  })
  return new Promise((ready) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      ready({ server, url: `http://127.0.0.1:${port}` })
    })
  })
}

function gitCommit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim()
    const dirty =
      execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim() !== ''
    return dirty ? `${head}+changes` : head
  } catch {
    return null
  }
}

/** CPU time (clock ticks) used so far by the Chromium processes of this profile; null without /proc. */
function browserCpuTicks(profile: string): number | null {
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return null
  }
  let ticks = 0
  for (const pid of pids) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) continue
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
      ticks += Number(fields[11]) + Number(fields[12]) // utime + stime
    } catch {
      // The process has just ended.
    }
  }
  return ticks
}

/**
 * Waits until the browser is idle: after a large run, Chromium goes on compacting and
 * deleting IndexedDB data for a few seconds, and the next run would share the CPU with it.
 * Idle = under 10% of a core for two half-seconds in a row (Linux /proc), at most 30 s; a
 * fixed pause where /proc is missing.
 */
async function waitUntilBrowserIdle(page: Page, profile: string, rows: number): Promise<void> {
  const first = browserCpuTicks(profile)
  if (first === null) return page.waitForTimeout(rows >= 50_000 ? 5000 : 500)
  let last: number = first
  const deadline = Date.now() + 30_000
  let quiet = 0
  while (quiet < 2 && Date.now() < deadline) {
    await page.waitForTimeout(500)
    const now: number = browserCpuTicks(profile) ?? last
    quiet = now - last < 5 ? quiet + 1 : 0
    last = now
  }
}

async function measureSize(page: Page, profile: string, rows: number, runs: number): Promise<SizeResult> {
  const url = `/data/veikart-${rows}.csv`
  const fileBytes = await page.evaluate((u) => window.loadBenchFile(u), url)
  const appRun = () => page.evaluate((u) => window.runAppImport(window.benchFile(u)), url)
  const baselineRun = () => page.evaluate((u) => window.runBaseline(window.benchFile(u)), url)
  const settle = () => waitUntilBrowserIdle(page, profile, rows)

  const app: AppRun[] = []
  const baseline: BaselineRun[] = []
  for (let i = 0; i < runs; i++) {
    await settle()
    app.push(await appRun())
    await settle()
    baseline.push(await baselineRun())
    const a = app[i] as AppRun
    const b = baseline[i] as BaselineRun
    log(
      `  ${rows} rows, run ${i + 1}/${runs}: app ${a.ms.toFixed(0)} ms (analyse ${a.analyseMs.toFixed(0)}, ` +
        `commit ${a.commitMs.toFixed(0)}, gap ${a.longestGapMs.toFixed(0)}, long tasks ${a.longTasks} ` +
        `≤ ${a.longestTaskMs.toFixed(0)}), baseline ${b.ms.toFixed(0)} ms ` +
        `(parse ${b.parseMs.toFixed(0)}, write ${b.writeMs.toFixed(0)})`,
    )
  }
  const appMs = median(app.map((r) => r.ms))
  const baselineMs = median(baseline.map((r) => r.ms))
  return {
    rows,
    fileBytes,
    runs,
    appMs: round(appMs),
    baselineMs: round(baselineMs),
    ratio: Math.round((appMs / baselineMs) * 1000) / 1000,
    longestPauseMs: round(Math.max(...app.map((r) => r.longestPauseMs))),
    longTasks: Math.max(...app.map((r) => r.longTasks)),
    appAnalyseMs: round(median(app.map((r) => r.analyseMs))),
    appCommitMs: round(median(app.map((r) => r.commitMs))),
    baselineParseMs: round(median(baseline.map((r) => r.parseMs))),
    baselineWriteMs: round(median(baseline.map((r) => r.writeMs))),
    appRunsMs: app.map((r) => round(r.ms)),
    baselineRunsMs: baseline.map((r) => round(r.ms)),
    pausesMs: app.map((r) => round(r.longestPauseMs)),
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      sizes: { type: 'string', default: '10000,100000' },
      runs: { type: 'string', default: '5,3' },
    },
  })
  const sizes = parseList(values.sizes, 'sizes')
  const runsList = parseList(values.runs, 'runs')
  const runsOf = (i: number): number => runsList[i] ?? runsList[runsList.length - 1] ?? 3

  // Its messages go to stderr so that `--json` keeps stdout to the JSON document.
  execFileSync(process.execPath, [join(ROOT, 'scripts/ensure-chromium.mjs')], { stdio: ['ignore', 2, 2] })

  log('Building the bench page …')
  await build({ configFile: join(ROOT, 'bench/vite.config.ts'), logLevel: 'warn' })

  mkdirSync(DATA_DIR, { recursive: true })
  for (const rows of [...new Set([1000, ...sizes])]) {
    writeFileSync(join(DATA_DIR, `veikart-${rows}.csv`), generateVeikartCsv(rows))
  }

  const { server, url } = await serve()
  const profile = mkdtempSync(join(tmpdir(), 'veikart-bench-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
  })
  const results: Record<string, SizeResult> = {}
  const loadBefore = loadavg()[0] ?? 0
  let chromiumVersion = ''
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    // A persistent context has no Browser object to ask; the protocol knows the version.
    const cdp = await context.newCDPSession(page)
    chromiumVersion = (await cdp.send('Browser.getVersion')).product
    await cdp.detach()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${url}/`)
    await page.waitForFunction(() => window.benchReady === true)

    // Warm-up, not recorded: loads the worker and lets both sides' code get compiled.
    log('Warming up …')
    await measureSize(page, profile, 1000, 2)

    for (const [i, rows] of sizes.entries()) {
      log(`Measuring ${rows} rows (${runsOf(i)} runs each, interleaved) …`)
      results[String(rows)] = await measureSize(page, profile, rows, runsOf(i))
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`)
  } finally {
    await context.close()
    server.close()
    rmSync(profile, { recursive: true, force: true })
  }

  const largest = results[String(Math.max(...sizes))] as SizeResult
  const longestPauseMs = Math.max(...Object.values(results).map((r) => r.longestPauseMs))
  const output = {
    import: {
      ...results,
      ratio: largest.ratio,
      longestPauseMs,
      targets: TARGETS,
      meetsTargets: largest.ratio <= TARGETS.ratio && longestPauseMs <= TARGETS.longestPauseMs,
    },
    machine: {
      date: new Date().toISOString(),
      commit: gitCommit(),
      os: `${platform()} ${release()}`,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: chromiumVersion,
      chromiumArgs: CHROMIUM_ARGS,
      // Other work on the machine competes for its cores: the main thread waits for one too.
      loadAverage: { before: round(loadBefore), after: round(loadavg()[0] ?? 0) },
    },
  }
  const json = JSON.stringify(output, null, 2)
  writeFileSync(join(RESULTS_DIR, 'import.json'), `${json}\n`)

  if (values.json) {
    process.stdout.write(`${json}\n`)
    return
  }
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(8) : c.padStart(12))).join(' ')
  console.log(line(['rows', 'app ms', 'baseline ms', 'ratio', 'pause ms', 'analyse ms', 'commit ms']))
  for (const r of Object.values(results)) {
    console.log(
      line([
        String(r.rows),
        r.appMs.toFixed(0),
        r.baselineMs.toFixed(0),
        r.ratio.toFixed(2),
        r.longestPauseMs.toFixed(0),
        r.appAnalyseMs.toFixed(0),
        r.appCommitMs.toFixed(0),
      ]),
    )
  }
  console.log(
    `Targets: ratio ≤ ${TARGETS.ratio} at ${largest.rows} rows (${largest.ratio.toFixed(2)}), ` +
      `longest main-thread pause ≤ ${TARGETS.longestPauseMs} ms (${longestPauseMs.toFixed(0)}): ` +
      `${output.import.meetsTargets ? 'met' : 'NOT met'}. Written to bench-results/import.json.`,
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
