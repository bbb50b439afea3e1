import type { EChartsOption } from 'echarts'

/** Calls the option's tooltip formatter as ECharts would for one item. */
export function tooltipOf(option: EChartsOption, params: Record<string, unknown>): string {
  const tooltip = option.tooltip as { formatter?: (p: unknown) => string }
  if (typeof tooltip.formatter !== 'function') throw new Error('no tooltip formatter')
  return tooltip.formatter(params)
}

type Series = { type: string; name?: string; data: unknown[]; itemStyle?: { color?: string } }

export function seriesOf(option: EChartsOption): Series[] {
  return option.series as Series[]
}

export function axisData(option: EChartsOption, axis: 'xAxis' | 'yAxis'): unknown[] {
  return (option[axis] as { data: unknown[] }).data
}

export function ariaDescription(option: EChartsOption): string {
  return (option.aria as { label: { description: string } }).label.description
}
