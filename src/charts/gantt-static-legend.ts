/**
 * The legend under the static chart: its entries laid out in rows, each a swatch drawn by the
 * bar drawing itself (so the legend cannot disagree with the bars) and its text.
 */
import type { GanttBar } from '@/domain/gantt-layout'
import type { GanttMark } from '@/domain/gantt-legend'
import type { Phase } from '@/domain/types'
import { drawBar, GANTT_RED, type El } from './gantt-bar'
import type { GanttChartLabels } from './gantt-labels'
import { FONT_FAMILY, INK, STATUS_SWATCH } from './palette'

/** Sizes of the static chart, in pixels. */
export const STATIC = {
  width: 1600,
  rowHeight: 24,
  axis: 30,
  fontSize: 11,
  /** Average glyph width as a share of the font size (generous: labels are cut only past 45 % of the width). */
  glyph: 0.6,
  indent: 12,
  legendFont: 12,
  legendRow: 22,
  legendSwatch: 30,
  pad: 12,
}

/** The legend's entries laid out in rows across `width`: where each mark and its text go. */
export function legendLayout(marks: readonly GanttMark[], labels: GanttChartLabels, width: number) {
  const placed: { mark: GanttMark; x: number; y: number }[] = []
  let x = STATIC.pad
  let y = STATIC.legendRow / 2
  for (const mark of marks) {
    const w = STATIC.legendSwatch + 8 + labels.marks[mark].length * STATIC.legendFont * STATIC.glyph + 20
    if (x + w > width - STATIC.pad && x > STATIC.pad) {
      x = STATIC.pad
      y += STATIC.legendRow
    }
    placed.push({ mark, x, y })
    x += w
  }
  return { placed, height: marks.length === 0 ? 0 : y + STATIC.legendRow / 2 + STATIC.pad }
}

/** A sample bar for a legend swatch: drawn by the same code as the chart's bars. */
function sampleBar(mark: GanttMark): GanttBar {
  const bar: GanttBar = {
    itemId: '',
    laneId: '',
    title: '',
    kind: 'bar',
    start: '',
    end: '',
    periodText: '',
    openEnd: false,
    endInferred: false,
    statedEnd: '',
    startMissing: false,
    warning: false,
    phases: ['utvikling'],
    status: 'planned',
    uncertain: false,
    rolledUp: false,
  }
  if (mark.startsWith('phase:')) bar.phases = [mark.slice(6) as Phase]
  else if (mark === 'no-phase') bar.phases = []
  else if (mark === 'tentative') bar.status = 'tentative'
  else if (mark === 'milestone') bar.kind = 'milestone'
  else if (mark === 'open-end') bar.openEnd = true
  else if (mark === 'inferred-end') bar.endInferred = true
  else if (mark === 'rolled-up') bar.rolledUp = true
  else if (mark === 'end-before-start') Object.assign(bar, { kind: 'point', warning: true })
  else if (mark === 'start-missing') Object.assign(bar, { kind: 'point', startMissing: true })
  return bar
}

/** The elements of one legend entry at (x, y): its swatch, drawn as a bar, and its text. */
export function legendEntry(mark: GanttMark, text: string, x: number, y: number): El {
  const w = STATIC.legendSwatch
  let swatch: El | null
  if (mark === 'as-of')
    swatch = {
      type: 'line',
      shape: { x1: x + w / 2, y1: y - 9, x2: x + w / 2, y2: y + 9 },
      style: { stroke: GANTT_RED, lineWidth: 2 },
    }
  else if (mark === 'year')
    swatch = {
      type: 'rect',
      shape: { x, y: y - 9, width: w, height: 18 },
      style: { fill: 'rgba(11, 79, 108, 0.16)' },
    }
  else if (mark === 'planned' || mark === 'no-status')
    swatch = {
      type: 'rect',
      shape: { x, y: y - 6.5, width: w, height: 13 },
      style:
        mark === 'planned'
          ? { fill: STATUS_SWATCH.planned, stroke: INK, lineWidth: 1 }
          : { fill: STATUS_SWATCH.none },
    }
  else {
    const bar = sampleBar(mark)
    const x1 = bar.kind === 'point' ? x + 6 : x + (bar.openEnd ? w - 8 : w)
    const x0 = bar.kind === 'point' ? x + 6 : x
    swatch = drawBar(bar, {
      x0,
      x1,
      xStated: bar.endInferred ? x + w * 0.3 : x1,
      yMid: y,
      band: 24,
      left: x,
      right: x + w,
    })
  }
  return {
    type: 'group',
    children: [
      ...(swatch ? [swatch] : []),
      {
        type: 'text',
        style: {
          text,
          x: x + w + 8,
          y,
          verticalAlign: 'middle',
          fill: INK,
          font: `${STATIC.legendFont}px ${FONT_FAMILY}`,
        },
      },
    ],
  }
}
