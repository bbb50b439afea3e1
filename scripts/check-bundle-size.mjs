#!/usr/bin/env node
// The start-path budget: how much JavaScript the overview (`/`, the first route) needs before it
// can render, measured on the production build (`vite build` first).
//
// The start path is the static import graph of index.html's entry and of the app's start module
// (src/start.ts, which the entry imports after the first paint, in a chunk of its own) in Vite's manifest
// (dist/.vite/manifest.json): the files the browser must load before the app runs. The overview
// is imported statically by the router, so it is in that graph; everything behind a dynamic
// import (other routes, the chart component, exports) is not. Sizes are gzip (level 9, as
// served by a compressing server).
//
// Fails (exit 1) when
// - the start path's JavaScript, ECharts not counted, exceeds the budget (120 kB gzip);
// - ECharts is on the start path at all (the goal cards must not wait for it: it is loaded in
//   parallel, behind a dynamic import);
// - a parser (PapaParse, read-excel-file, the import pipeline) is reachable from the page
//   without the user opening Import: parsing happens in the import worker only;
// - vue-i18n's message compiler is shipped (the catalogs are precompiled at build time): its
//   code generator's `sourceMap` option is the marker, found in the full build and not in the
//   runtime-only one;
// - a chunk on the start path holds no module of its own: a file that only imports or
//   re-exports another (Rolldown makes one for an `import()` of a module in a chunk group,
//   vite.config.ts) is a request for nothing.
// CSS is printed, counted apart. Usage: node scripts/check-bundle-size.mjs [dist] [--budget=kB]
// The goal (issue 14) is 120 kB, and package.json passes it. Dexie and the repositories are not on
// the start path: the stores fetch src/db when first needed (src/db/load.ts), and on a device with
// data the overview reads what it draws first without Dexie (src/db/quick-read.ts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const args = process.argv.slice(2)
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist'
const budgetKb = Number(args.find((a) => a.startsWith('--budget='))?.slice(9) ?? 120)

/** Source modules whose chunks count as ECharts (counted apart from the budget). */
export const ECHARTS = /node_modules\/(echarts|zrender|vue-echarts)\/|src\/charts\/echarts-setup/
/** Source modules that parse imported files: they belong in the import worker only. */
export const PARSERS =
  /node_modules\/(papaparse|read-excel-file)\/|src\/import\/(run-import|csv|xlsx|zip)\.ts/

const readJson = (file) => JSON.parse(readFileSync(join(dist, '.vite', file), 'utf8'))
const manifest = readJson('manifest.json')
const chunkModules = readJson('chunk-modules.json')
const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1000

/** The manifest entries reachable from `start` through `imports` (and, if asked, dynamic ones). */
function reach(start, { dynamic = false } = {}) {
  const seen = new Set()
  const walk = (key) => {
    if (seen.has(key) || !manifest[key]) return
    seen.add(key)
    for (const next of manifest[key].imports ?? []) walk(next)
    if (dynamic) for (const next of manifest[key].dynamicImports ?? []) walk(next)
  }
  walk(start)
  return [...seen].map((key) => ({ key, ...manifest[key] }))
}

const holds = (file, pattern) => (chunkModules[file] ?? []).some((id) => pattern.test(id))

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'))
if (!entryKey) {
  console.error(`No index.html entry in ${dist}/.vite/manifest.json: run \`vite build\` first.`)
  process.exit(1)
}

// The entry imports the app (src/start.ts) once the first paint is on screen (src/main.ts): the
// entry's own dynamic imports and their static graphs are the start path too.
const startPath = [
  ...new Map(
    [entryKey, ...(manifest[entryKey].dynamicImports ?? [])]
      .flatMap((key) => reach(key))
      .map((c) => [c.key, c]),
  ).values(),
]
const js = startPath.filter((c) => c.file.endsWith('.js'))
const echartsOnStart = js.filter((c) => holds(c.file, ECHARTS))
const appJs = js.filter((c) => !holds(c.file, ECHARTS))
const css = [...new Set(startPath.flatMap((c) => c.css ?? []))]

// ECharts chunks the overview loads after its first render (lazily, in parallel).
const lazy = reach(entryKey, { dynamic: true })
const echartsLazy = lazy.filter((c) => c.file.endsWith('.js') && holds(c.file, ECHARTS))
// A parser on the page itself would be reached from the entry (statically or dynamically) in
// a chunk other than the import worker's own, which Vite bundles separately.
const parsersOnPage = lazy.filter((c) => c.file.endsWith('.js') && holds(c.file, PARSERS))

const sum = (files) => files.reduce((total, f) => total + gzipKb(f), 0)
const fmt = (kb) => `${kb.toFixed(1).padStart(7)} kB`

console.log('Start path of / (JavaScript, gzip):')
for (const c of appJs.sort((a, b) => gzipKb(b.file) - gzipKb(a.file)))
  console.log(`  ${fmt(gzipKb(c.file))}  ${c.file}`)
const appTotal = sum(appJs.map((c) => c.file))
const echartsTotal = sum([...new Set([...echartsOnStart, ...echartsLazy].map((c) => c.file))])
console.log(`  ${fmt(appTotal)}  total before ECharts (budget ${budgetKb} kB)`)
console.log(`  ${fmt(echartsTotal)}  ECharts, counted apart (${echartsLazy.length} chunk(s), loaded lazily)`)
console.log(`  ${fmt(sum(css))}  CSS on the start path, counted apart`)

const failures = []
if (appTotal > budgetKb)
  failures.push(`the start path needs ${appTotal.toFixed(1)} kB gzip of JavaScript (budget ${budgetKb} kB)`)
if (echartsOnStart.length > 0)
  failures.push(`ECharts is on the start path (${echartsOnStart.map((c) => c.file).join(', ')})`)
const empty = js.filter((c) => (chunkModules[c.file] ?? []).length === 0)
if (empty.length > 0)
  failures.push(
    `a chunk on the start path holds no module of its own (${empty.map((c) => c.file).join(', ')})`,
  )
if (parsersOnPage.length > 0)
  failures.push(
    `a parser is loaded on the page, not in the worker (${parsersOnPage.map((c) => c.file).join(', ')})`,
  )
const i18nChunks = lazy.filter((c) => holds(c.file, /node_modules\/vue-i18n\//))
const withCompiler = i18nChunks.filter((c) => readFileSync(join(dist, c.file), 'utf8').includes('sourceMap'))
console.log(`  vue-i18n: ${withCompiler.length > 0 ? 'with' : 'without'} the message compiler`)
if (withCompiler.length > 0)
  failures.push(`vue-i18n's message compiler is shipped (${withCompiler.map((c) => c.file).join(', ')})`)
for (const failure of failures) console.error(`Budget exceeded: ${failure}.`)
process.exit(failures.length > 0 ? 1 : 0)
