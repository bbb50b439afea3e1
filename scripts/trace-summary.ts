/**
 * Where a renderer's main thread spent its time, from a Chromium trace (CDP `Tracing`): self
 * time per trace event name (Layout, UpdateLayoutTree = style, Paint, FunctionCall, GC …). A CPU
 * profile shows style and layout only as "(program)"; this names them.
 */
import type { CDPSession } from 'playwright-core'

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** Thread (CPU) time: what a loaded machine does not inflate. */
  tdur?: number
  pid: number
  tid: number
  args?: { name?: string }
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink',
  'IndexedDB',
]

/** Runs `run` under a trace and returns its main-thread self times, most first. */
export async function traced<T>(
  cdp: CDPSession,
  run: () => Promise<T>,
  top = 12,
): Promise<{ result: T; lines: string[] }> {
  const events: TraceEvent[] = []
  const onData = (data: { value: object[] }) => {
    for (const event of data.value as unknown as TraceEvent[]) events.push(event)
  }
  cdp.on('Tracing.dataCollected', onData)
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  })
  const result = await run()
  await cdp.send('Tracing.end')
  await done
  cdp.off('Tracing.dataCollected', onData)
  return { result, lines: selfTimes(events).slice(0, top) }
}

function mainThreads(events: readonly TraceEvent[]): Set<string> {
  const keys = new Set<string>()
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      keys.add(`${e.pid}:${e.tid}`)
  return keys
}

/**
 * Self time per event name, wall and CPU (thread time), most CPU first; the first line is the
 * main thread's total over top-level events.
 */
function selfTimes(events: readonly TraceEvent[]): string[] {
  const main = mainThreads(events)
  const complete = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && main.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const self = new Map<string, { wall: number; cpu: number }>()
  const add = (name: string, wall: number, cpu: number) => {
    const entry = self.get(name) ?? { wall: 0, cpu: 0 }
    entry.wall += wall
    entry.cpu += cpu
    self.set(name, entry)
  }
  const stack: { end: number; name: string }[] = []
  const total = { wall: 0, cpu: 0 }
  for (const e of complete) {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= e.ts) stack.pop()
    const parent = stack.at(-1)
    const wall = e.dur ?? 0
    const cpu = e.tdur ?? wall
    if (parent) add(parent.name, -wall, -cpu)
    else {
      total.wall += wall
      total.cpu += cpu
    }
    add(e.name, wall, cpu)
    stack.push({ end: e.ts + wall, name: e.name })
  }
  const ms = (us: number) => (us / 1000).toFixed(0).padStart(6)
  return [
    `  main thread busy: ${ms(total.wall)} ms wall, ${ms(total.cpu)} ms CPU`,
    ...[...self.entries()]
      .sort((a, b) => b[1].cpu - a[1].cpu)
      .map(([name, t]) => `  ${ms(t.cpu)} ms CPU ${ms(t.wall)} ms wall  [trace] ${name}`),
  ]
}
