/** The portfolio page's dependency graph; names come from imported files, so tooltips are escaped. */
import type { EChartsOption } from 'echarts'
import type { DependencyGraph } from '@/domain/portfolio-summary'
import { baseOption } from './base-option'
import { INK, INK_MUTED } from './palette'
import { STATUS_COLOURS, type PortfolioChartLabels } from './portfolio'
import { tooltipHtml } from './tooltip'

/**
 * Measures on the left, what they depend on on the right; each edge in its status colour. The
 * graph sits on hidden value axes (one row per node, x 0 or 1), so its layout is exact and does
 * not depend on ECharts fitting a free-form view.
 */
export function buildDependencyGraphOption(
  graph: DependencyGraph,
  labels: PortfolioChartLabels,
): EChartsOption {
  const description = `${labels.titles.dependencies}. ${graph.edges
    .map(
      (e) =>
        `${labels.dependsOn(graph.measures[e.from] ?? '', graph.targets[e.to] ?? '')} (${labels.status[e.status]})`,
    )
    .join('; ')}.`
  const base = baseOption(description)
  const rows = Math.max(graph.measures.length, graph.targets.length, 1)
  const hidden = { show: false }
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      formatter: dependencyTooltip(graph, labels),
    },
    grid: { left: '30%', right: '30%', top: 24, bottom: 24 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      axisLine: hidden,
      axisTick: hidden,
      axisLabel: hidden,
      splitLine: hidden,
    },
    yAxis: {
      type: 'value',
      inverse: true,
      min: -0.5,
      max: rows - 0.5,
      axisLine: hidden,
      axisTick: hidden,
      axisLabel: hidden,
      splitLine: hidden,
    },
    series: [
      {
        type: 'graph',
        coordinateSystem: 'cartesian2d',
        symbolSize: 12,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 10,
        label: { show: true, color: INK, width: 300, overflow: 'truncate' },
        itemStyle: { color: INK_MUTED },
        data: graphNodes(graph),
        links: graph.edges.map((e) => ({
          source: `m${e.from}`,
          target: `t${e.to}`,
          lineStyle: {
            color: STATUS_COLOURS[e.status],
            width: 3,
            type: e.status === 'none' ? 'dashed' : 'solid',
            opacity: 1,
          },
        })),
      },
    ],
  }
}

/** One node per measure (x 0, label left) and per target (x 1, label right), a row each. */
function graphNodes(graph: DependencyGraph) {
  return [
    ...graph.measures.map((name, i) => ({
      name: `m${i}`,
      value: [0, i],
      label: { position: 'left' as const, formatter: name },
    })),
    ...graph.targets.map((name, i) => ({
      name: `t${i}`,
      value: [1, i],
      label: { position: 'right' as const, formatter: name },
    })),
  ]
}

/** An edge's tooltip names both ends and the status; a node's names the node. */
function dependencyTooltip(graph: DependencyGraph, labels: PortfolioChartLabels) {
  const names = [...graph.measures, ...graph.targets]
  return (params: unknown) => {
    const p = params as { dataType?: string; dataIndex?: number }
    if (p.dataType === 'edge') {
      const edge = graph.edges[p.dataIndex ?? -1]
      if (!edge) return ''
      return tooltipHtml(labels.dependsOn(graph.measures[edge.from] ?? '', graph.targets[edge.to] ?? ''), [
        labels.status[edge.status],
      ])
    }
    const name = names[p.dataIndex ?? -1]
    return name === undefined ? '' : tooltipHtml(name, [])
  }
}
