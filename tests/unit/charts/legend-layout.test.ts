/**
 * The legend stays in its own row: rendered by ECharts itself (server-side, SVG), the legend's
 * box does not meet the plot or the count axis' name, also when the chart is narrow.
 */
import { BarChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import type { EChartsOption } from 'echarts'
import { describe, expect, it } from 'vitest'
import { categoryAxisLabel } from '@/charts/base-option'
import { buildGoalPhaseOption } from '@/charts/goal-stage'
import { buildStartYearOption } from '@/charts/start-year'
import { countByGoalAndStage, countByStartYearAndGoal } from '@/domain/chart-data'
import { goals, item } from './fixtures'
import { labels } from './labels'

use([BarChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer])

interface Box {
  x: number
  y: number
  width: number
  height: number
}

interface Drawn {
  type?: string
  style?: { text?: string }
  parent?: Drawn
  getBoundingRect(): { clone(): { applyTransform(m: unknown): void } & Box }
  getComputedTransform(): unknown
}

/** Boxes of the texts ECharts drew, in chart pixels. */
function textBoxes(option: EChartsOption, width: number): { text: string; box: Box }[] {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height: 380 })
  chart.setOption({ ...option, animation: false })
  const list = (chart.getZr() as unknown as { storage: { getDisplayList(update: boolean): Drawn[] } }).storage
    .getDisplayList(true)
    .filter((el) => typeof el.style?.text === 'string' && el.style.text !== '')
  const boxes = list.map((el) => {
    const rect = el.getBoundingRect().clone()
    rect.applyTransform(el.getComputedTransform())
    return { text: el.style!.text!, box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height } }
  })
  chart.dispose()
  return boxes
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

const phased = countByGoalAndStage(
  [
    item({ id: 'a', goal: 1, phase: { from: 'konsept', to: 'utvikling' } }),
    item({ id: 'b', goal: 2, phase: { from: 'i-bruk', to: 'i-bruk' } }),
    item({ id: 'c', goal: 3 }),
  ],
  goals,
)

describe('legends and axis names', () => {
  for (const width of [360, 560, 900]) {
    it(`never meet at ${width} px; from a laptop panel up, the legend ends above the plot`, () => {
      const option = buildGoalPhaseOption(phased, labels)
      const gridTop = (option.grid as { top: number }).top
      const boxes = textBoxes(option, width)
      const axisName = boxes.find((b) => b.text === labels.itemCount)
      const legend = boxes.filter((b) => Object.values(labels.stack).includes(b.text))
      expect(axisName).toBeDefined()
      expect(legend.map((b) => b.text)).toEqual(phased.stacks.map((s) => labels.stack[s.key]))
      for (const entry of legend) {
        expect(overlaps(entry.box, axisName!.box), `${entry.text} over the axis name`).toBe(false)
        // Every entry is drawn (none paged away); at laptop widths all end above the plot.
        if (width >= 520) expect(entry.box.y + entry.box.height, entry.text).toBeLessThanOrEqual(gridTop)
      }
    })
  }

  it('start-year chart: every year labelled, none overlapping, at a laptop panel width', () => {
    const years = countByStartYearAndGoal(
      Array.from({ length: 12 }, (_, i) => item({ id: `i${i}`, goal: 1, startYear: 2019 + i })).concat(
        item({ id: 'none', goal: 2 }),
      ),
      goals,
    )
    const option = buildStartYearOption(years, labels)
    const boxes = textBoxes(option, 560)
    const yearLabels = boxes.filter((b) => /^\d{4}$|^Uten start$/.test(b.text))
    expect(yearLabels.map((b) => b.text)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => String(2019 + i)),
      'Uten start',
    ])
    // Turned 45°, two labels are apart when their parallel lines are a text line (12 px) apart.
    expect((option.xAxis as { axisLabel: { rotate: number } }).axisLabel.rotate).toBe(45)
    const centre = (b: Box) => b.x + b.width / 2
    for (let i = 1; i < yearLabels.length; i++) {
      const gap = (centre(yearLabels[i]!.box) - centre(yearLabels[i - 1]!.box)) * Math.SQRT1_2
      expect(gap, yearLabels[i]!.text).toBeGreaterThanOrEqual(12)
    }
  })
})

describe('categoryAxisLabel', () => {
  it('shows every label, turned when they would not fit side by side', () => {
    expect(categoryAxisLabel(['2021', '2022', '2023', '2024', 'Uten start'])).toMatchObject({
      interval: 0,
      rotate: 0,
    })
    const many = Array.from({ length: 14 }, (_, i) => String(2017 + i))
    expect(categoryAxisLabel(many)).toMatchObject({ interval: 0, rotate: 45 })
  })
})
