import type { EChartsOption } from 'echarts'
import { describe, expect, it } from 'vitest'
import { SLIDE_THEMES, themeChartOption } from '@/charts/slides/slide-theme'
import { contrastRatio, GOAL_COLOURS, INK } from '@/charts/palette'

describe('slide themes', () => {
  it('high contrast meets WCAG AAA (7:1) for all text', () => {
    const t = SLIDE_THEMES.contrast
    expect(contrastRatio(t.text, t.background)).toBeGreaterThanOrEqual(7)
    expect(contrastRatio(t.muted, t.background)).toBeGreaterThanOrEqual(7)
    expect(contrastRatio(t.accent, t.background)).toBeGreaterThanOrEqual(7)
  })
  it('standard and dark meet AA for text, with room to spare', () => {
    for (const t of [SLIDE_THEMES.standard, SLIDE_THEMES.dark]) {
      expect(contrastRatio(t.text, t.background)).toBeGreaterThanOrEqual(7)
      expect(contrastRatio(t.muted, t.background)).toBeGreaterThanOrEqual(4.5)
    }
  })
  it('goal colours on a dark ground are bright enough to see (3:1)', () => {
    for (const colour of Object.values(GOAL_COLOURS)) {
      const bright = SLIDE_THEMES.contrast.recolour[colour] as string
      expect(contrastRatio(bright, SLIDE_THEMES.contrast.background)).toBeGreaterThanOrEqual(3)
    }
  })
})

describe('themeChartOption', () => {
  const option = {
    backgroundColor: '#ffffff',
    dataZoom: [{ type: 'slider' }],
    tooltip: { show: true },
    xAxis: { axisLabel: { color: INK } },
    series: [{ type: 'custom' as const, itemStyle: { color: GOAL_COLOURS[1] }, renderItem: () => null }],
  }
  it('drops sliders and tooltips and puts the chart on the slide ground', () => {
    const themed = themeChartOption(option as EChartsOption, SLIDE_THEMES.standard) as Record<string, unknown>
    expect(themed.dataZoom).toBeUndefined()
    expect(themed.tooltip).toEqual({ show: false })
    expect(themed.backgroundColor).toBe('transparent')
    expect(themed.animation).toBe(false)
  })
  it('recolours text and goal colours on dark grounds, leaving functions alone', () => {
    const themed = themeChartOption(option as EChartsOption, SLIDE_THEMES.dark) as unknown as typeof option
    expect(themed.xAxis.axisLabel.color).toBe(SLIDE_THEMES.dark.text)
    expect(themed.series[0]?.itemStyle.color).toBe('#56b4e9')
    expect(themed.series[0]?.renderItem).toBe(option.series[0]?.renderItem)
  })
})
