/**
 * Goal → sub-goal → grouping as a sunburst. Segments keep the order they are given in (goal
 * 1 first, clockwise) and their goal's colour; white borders separate the sub-goals of a goal.
 */
import type { EChartsOption } from 'echarts'
import type { HierarchyNode } from '@/domain/chart-data'
import { baseOption } from './base-option'
import { GOAL_COLOURS, INK, MISSING_COLOUR, PAPER } from './palette'
import { tooltipHtml } from './tooltip'
import { goalTarget, type ChartLabels, type ChartPoint, type ChartTable } from './types'

interface FlatNode {
  node: HierarchyNode
  depth: number
  /** ECharts' data index of the node: the tree in pre-order, after its virtual root (0). */
  dataIndex: number
}

/** The tree in pre-order, as ECharts numbers the nodes of a sunburst. */
function flatten(nodes: readonly HierarchyNode[]): FlatNode[] {
  const out: FlatNode[] = []
  const walk = (list: readonly HierarchyNode[], depth: number): void => {
    for (const node of list) {
      out.push({ node, depth, dataIndex: out.length + 1 })
      walk(node.children, depth + 1)
    }
  }
  walk(nodes, 0)
  return out
}

function fullName(node: HierarchyNode, labels: ChartLabels): string {
  // A placeholder goal (no strategy loaded) has no title: its label names it.
  if (node.kind === 'goal')
    return node.name ? `${labels.goal(node.goal)}: ${node.name}` : labels.goal(node.goal)
  if (node.kind === 'noSubGoal') return labels.noSubGoal
  return node.name
}

interface SunburstNode {
  id: string
  name: string
  value: number
  itemStyle?: { color: string; decal?: object }
  label?: { color: string }
  children?: SunburstNode[]
}

function toSunburst(node: HierarchyNode, labels: ChartLabels): SunburstNode {
  const missing = node.kind === 'noSubGoal'
  return {
    id: node.id,
    // Goals are labelled "Mål n"; the ring has no room for their titles (the tooltip has).
    name: node.kind === 'goal' ? labels.goal(node.goal) : fullName(node, labels),
    value: node.count,
    ...(missing
      ? {
          itemStyle: {
            color: MISSING_COLOUR,
            decal: {
              symbol: 'rect',
              color: 'rgba(27, 31, 36, 0.45)',
              dashArrayX: [1, 0],
              dashArrayY: [2, 5],
              rotation: Math.PI / 4,
            },
          },
          label: { color: INK },
        }
      : // ECharts would lighten deeper rings from its own palette; every ring keeps its goal's colour.
        { itemStyle: { color: GOAL_COLOURS[node.goal] } }),
    children: node.children.map((c) => toSunburst(c, labels)),
  }
}

/** The sunburst: goals inside, sub-goals around them, groupings (if any) outermost. */
export function buildHierarchyOption(nodes: readonly HierarchyNode[], labels: ChartLabels): EChartsOption {
  const flat = flatten(nodes)
  const byId = new Map(flat.map((f) => [f.node.id, f]))
  const hasGroupings = flat.some((f) => f.depth === 2)
  const description = `${labels.titles.hierarchy}. ${nodes
    .map(
      (n) =>
        `${labels.goal(n.goal)}: ${labels.items(n.count)}, ${labels.subGoals(n.children.filter((c) => c.kind === 'subGoal').length)}`,
    )
    .join('; ')}.`
  const base = baseOption(description)
  const ring = { borderColor: PAPER, borderWidth: 2 }
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const id = (params as { data?: { id?: unknown } } | undefined)?.data?.id
        const found = typeof id === 'string' ? byId.get(id) : undefined
        if (!found) return ''
        const { node } = found
        return tooltipHtml(fullName(node, labels), [
          node.kind === 'goal' ? labels.kind.goal : `${labels.kind[node.kind]} · ${labels.goal(node.goal)}`,
          labels.items(node.count),
        ])
      },
    },
    series: [
      {
        type: 'sunburst',
        name: labels.titles.hierarchy,
        data: nodes.map((n) => toSunburst(n, labels)),
        radius: ['12%', '95%'],
        // Keep source order instead of sorting by size.
        sort: (a, b) => a.dataIndex - b.dataIndex,
        // A click navigates (handled by the chart panel) instead of zooming into the node.
        nodeClick: false,
        cursor: 'pointer',
        itemStyle: ring,
        label: { color: PAPER, minAngle: 8 },
        emphasis: { focus: 'ancestor' },
        levels: [
          {},
          {
            radius: ['12%', '38%'],
            itemStyle: ring,
            label: { rotate: 0, fontWeight: 'bold', color: PAPER },
          },
          {
            radius: ['38%', hasGroupings ? '72%' : '95%'],
            itemStyle: ring,
            label: { rotate: 'radial', width: hasGroupings ? 90 : 150, overflow: 'truncate', color: PAPER },
          },
          {
            radius: ['72%', '95%'],
            itemStyle: { borderColor: PAPER, borderWidth: 1 },
            label: { rotate: 'radial', width: 60, overflow: 'truncate', color: PAPER },
          },
        ],
      },
    ],
  }
}

/** Every node with items, in pre-order; each leads to its goal. */
export function buildHierarchyPoints(nodes: readonly HierarchyNode[], labels: ChartLabels): ChartPoint[] {
  return flatten(nodes)
    .filter((f) => f.node.count > 0)
    .map(({ node, dataIndex }) => ({
      seriesIndex: 0,
      dataIndex,
      label:
        node.kind === 'goal' || node.kind === 'noSubGoal'
          ? `${fullName(node, labels)}: ${labels.items(node.count)}`
          : `${labels.kind[node.kind]}: ${fullName(node, labels)}: ${labels.items(node.count)}`,
      target: goalTarget(node.goal),
    }))
}

/** Goals, their sub-goals and groupings, in pre-order, indented by level. */
export function buildHierarchyTable(nodes: readonly HierarchyNode[], labels: ChartLabels): ChartTable {
  return {
    caption: labels.titles.hierarchy,
    columns: [labels.hierarchyName, labels.level, labels.itemCount],
    rows: flatten(nodes).map(({ node, depth }) => ({
      header: fullName(node, labels),
      level: depth,
      ...(node.kind === 'goal' ? { target: goalTarget(node.goal) } : {}),
      cells: [labels.kind[node.kind], node.count],
    })),
  }
}
