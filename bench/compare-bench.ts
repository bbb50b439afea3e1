/**
 * The comparison benchmark: two versions of a 10 000-item veikart, compared by the app's
 * `compareVersions` (what the Endringer page computes). Version 1 is the import benchmark's
 * generated export read through the real `importFile`; version 2 is made from it by seeded
 * edits like those between two real exports: ~3 % dropped, ~3 % new, ~6 % re-dated, ~4 %
 * re-phased, ~2 % moved, ~2 % status, ~2 % renamed. Measured twice: with the Leveranse-IDs
 * (match by ID), and with every ID replaced by a derived key (match by key and similarity,
 * as for a tiltak table) — the slower path.
 *
 * Runs in Node, in the process of scripts/bench.ts: the comparison is pure TypeScript on V8,
 * the engine Chromium runs it on, and it touches no DOM, storage or worker.
 */
import { performance } from 'node:perf_hooks'
import { CHANGE_CLASSES, compareVersions, type ChangeCounts } from '@/domain/compare'
import { shortHash } from '@/domain/text'
import { PHASES, type DatasetContent, type RoadmapItem } from '@/domain/types'
import { importFile } from '@/import/run-import'
import { createRandom, generateVeikartCsv } from './generate-veikart'

export const COMPARE_TARGETS = { ms: 200 }

export interface CompareBenchSize {
  items: number
  runs: number
  /** Medians: matched by Leveranse-ID; without IDs (key and similarity). */
  withIdsMs: number
  withoutIdsMs: number
  withIdsRunsMs: number[]
  withoutIdsRunsMs: number[]
  /** Medians of the CPU time the process used per run: what a loaded machine does not inflate. */
  withIdsCpuMs: number
  withoutIdsCpuMs: number
  counts: ChangeCounts
  countsWithoutIds: ChangeCounts
}

const DAY = 86_400_000
const median = (values: readonly number[]) => {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}
const round = (ms: number) => Math.round(ms * 10) / 10

function shiftDay(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
}

/** Version 2: version 1 with seeded edits, under a new dataset id. */
export function nextVersion(v1: DatasetContent, seed = 7): DatasetContent {
  const random = createRandom(seed)
  const ds = 'bench-v2'
  const subGoals = v1.subGoals.map((s) => ({ ...s, id: s.id.replace(/^[^/]+/, ds), datasetId: ds }))
  const items: RoadmapItem[] = []
  const moveTo = (item: RoadmapItem) => subGoals[Math.floor(random() * subGoals.length)]?.id ?? item.subGoalId
  for (const old of v1.items) {
    if (random() < 0.03) continue
    const item: RoadmapItem = {
      ...old,
      id: `${ds}/${old.key}`,
      datasetId: ds,
      period: { ...old.period },
      source: { datasetId: ds, row: old.source.row },
    }
    if (old.subGoalId) item.subGoalId = old.subGoalId.replace(/^[^/]+/, ds)
    const r = random()
    if (r < 0.06 && item.period.end) {
      item.period.end = {
        date: shiftDay(item.period.end.date, Math.round((random() - 0.3) * 400)),
        precision: 'day',
      }
    } else if (r < 0.1 && item.phase) {
      const next = PHASES[Math.min(PHASES.length - 1, PHASES.indexOf(item.phase.to) + 1)] ?? item.phase.to
      item.phase = { from: item.phase.from, to: next }
    } else if (r < 0.12) {
      const moved = moveTo(item)
      if (moved) item.subGoalId = moved
    } else if (r < 0.14) {
      item.status = item.status === 'planned' ? 'tentative' : 'planned'
    } else if (r < 0.16) {
      item.title = `${item.title} (trinn 2)`
    }
    items.push(item)
  }
  const added = Math.round(v1.items.length * 0.03)
  for (let i = 0; i < added; i++) {
    const model = v1.items[Math.floor(random() * v1.items.length)] as RoadmapItem
    const key = `2027${String(9_000_000 + i).padStart(13, '0')}`
    items.push({
      ...model,
      key,
      id: `${ds}/${key}`,
      datasetId: ds,
      title: `Ny leveranse ${i + 1}`,
      ...(model.subGoalId ? { subGoalId: model.subGoalId.replace(/^[^/]+/, ds) } : {}),
      source: { datasetId: ds, row: v1.items.length + i + 2 },
    })
  }
  return { ...v1, dataset: { ...v1.dataset, id: ds }, subGoals, items }
}

/** The same content with every ID replaced by a derived key (`<goal>-<8 hex>`), as without IDs. */
export function withoutIds(content: DatasetContent): DatasetContent {
  return {
    ...content,
    items: content.items.map((item) => {
      const key = `${item.goal}-${shortHash(item.key)}`
      return { ...item, key, id: `${item.datasetId}/${key}` }
    }),
  }
}

async function importGenerated(size: number): Promise<DatasetContent> {
  const bytes = new TextEncoder().encode(generateVeikartCsv(size))
  const outcome = await importFile(bytes, { fileName: `veikart-${size}.csv`, datasetId: 'bench-v1' })
  if (!outcome.content) throw new Error('compare bench: the generated export did not import')
  return outcome.content
}

function time(
  v1: DatasetContent,
  v2: DatasetContent,
  runs: number,
): { runsMs: number[]; cpuMs: number[]; counts: ChangeCounts } {
  let counts: ChangeCounts | null = null
  for (let i = 0; i < 2; i++) compareVersions(v1, v2) // warm-up, not recorded
  const runsMs: number[] = []
  const cpuMs: number[] = []
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage()
    const start = performance.now()
    counts = compareVersions(v1, v2).counts
    runsMs.push(performance.now() - start)
    const used = process.cpuUsage(cpu)
    cpuMs.push((used.user + used.system) / 1000)
  }
  return { runsMs, cpuMs, counts: counts as ChangeCounts }
}

/** Compares two versions of `size` items `runs` times each way. */
export async function measureCompare(size = 10_000, runs = 7): Promise<CompareBenchSize> {
  const v1 = await importGenerated(size)
  const v2 = nextVersion(v1)
  const ids = time(v1, v2, runs)
  const keys = time(withoutIds(v1), withoutIds(v2), runs)
  for (const k of CHANGE_CLASSES) if (ids.counts[k] === 0) throw new Error(`compare bench: no ${k} changes`)
  return {
    items: size,
    runs,
    withIdsMs: round(median(ids.runsMs)),
    withoutIdsMs: round(median(keys.runsMs)),
    withIdsRunsMs: ids.runsMs.map(round),
    withoutIdsRunsMs: keys.runsMs.map(round),
    withIdsCpuMs: round(median(ids.cpuMs)),
    withoutIdsCpuMs: round(median(keys.cpuMs)),
    counts: ids.counts,
    countsWithoutIds: keys.counts,
  }
}
