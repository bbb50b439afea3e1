import { describe, expect, it } from 'vitest'
import { drawBar, type El, type Geometry } from '@/charts/gantt-bar'
import { legendEntry } from '@/charts/gantt-static-legend'
import { STACK_COLOURS } from '@/charts/palette'
import type { GanttBar } from '@/domain/gantt-types'
import { PHASES } from '@/domain/types'

const openBar: GanttBar = {
  itemId: 'a',
  laneId: 'i:a',
  title: 'Helsekort for gravide',
  kind: 'bar',
  start: '2023-01-01',
  end: '2031-12-31',
  periodText: '2023 →',
  openEnd: true,
  endInferred: false,
  statedEnd: '2031-12-31',
  startMissing: false,
  warning: false,
  phases: [],
  status: null,
  uncertain: false,
  rolledUp: false,
}

const plot = { left: 100, right: 900 }
const geometry = (x1: number): Geometry => ({ x0: 200, x1, xStated: x1, yMid: 50, band: 20, ...plot })

/** The x of every point of the open end's arrow. */
function arrowXs(el: El | null): number[] {
  const children = (el?.children ?? []) as El[]
  const arrow = children.find((c) => c.type === 'polygon') as { shape: { points: number[][] } } | undefined
  return arrow?.shape.points.map(([x]) => x as number) ?? []
}

describe('an open end', () => {
  it('has its arrow just past the end when the end is inside the plot', () => {
    const xs = arrowXs(drawBar(openBar, geometry(600)))
    expect(Math.min(...xs)).toBe(600)
    expect(Math.max(...xs)).toBe(608)
  })

  it('keeps its arrow inside the plot when the end runs to the plot’s edge (where it would be clipped away)', () => {
    const xs = arrowXs(drawBar(openBar, geometry(plot.right)))
    expect(xs.length).toBe(3)
    expect(Math.max(...xs)).toBe(plot.right)
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(plot.left)
  })
})

describe('the legend’s status swatches', () => {
  type Styled = El & { style?: { fill?: string; stroke?: string } }
  const fills = (el: Styled): unknown[] => [
    el.style?.fill,
    ...((el.children ?? []) as Styled[]).flatMap(fills),
  ]
  const phaseColours = PHASES.map((p) => STACK_COLOURS[p])

  it('are not drawn in a phase’s colour (planned read as «Utvikling»): a solid outline, or none', () => {
    const planned = legendEntry('planned', 'Planlagt', 0, 20)
    const none = legendEntry('no-status', 'Uten status', 0, 20)
    for (const entry of [planned, none])
      for (const fill of fills(entry)) expect(phaseColours).not.toContain(fill)
    const [plannedSwatch] = planned.children as Styled[]
    const [noneSwatch] = none.children as Styled[]
    expect(plannedSwatch?.style).toMatchObject({ stroke: '#1b1f24' })
    expect(noneSwatch?.style?.stroke).toBeUndefined()
    expect(plannedSwatch?.style?.fill).not.toBe(noneSwatch?.style?.fill)
  })
})
