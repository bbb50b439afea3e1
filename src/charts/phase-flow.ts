/**
 * The phase flow of re-phased items as a Sankey diagram: old phase (left) → new phase
 * (right), band width = number of items. Left and right nodes are distinct (`from:`/`to:`),
 * so a flow back to an earlier phase is drawn too and the graph stays acyclic. A span
 * (`utvikling-innforing`) is its own node, coloured by its first phase.
 */
import type { EChartsOption } from 'echarts'
import { PHASES, type Phase } from '@/domain/types'
import { baseOption } from './base-option'
import { INK, MISSING_COLOUR, STACK_COLOURS } from './palette'
import { tooltipHtml } from './tooltip'
import type { ChartPoint, ChartTable, ChartTarget } from './types'

export interface PhaseFlow {
  from: string
  to: string
  count: number
}

export interface PhaseFlowLabels {
  title: string
  /** Name of a phase key (`utvikling`, `utvikling-innforing`, `none`). */
  phase: (key: string) => string
  /** `Før: Utvikling`, `Nå: Innføring`. */
  before: (phase: string) => string
  after: (phase: string) => string
  items: (n: number) => string
  columns: { flow: string; count: string }
}

/** The first phase of a phase key (`utvikling-innforing` → `utvikling`); undefined for `none`. */
function firstPhase(key: string): Phase | undefined {
  return PHASES.find((p) => key === p || key.startsWith(`${p}-`))
}

function colourOf(key: string): string {
  const phase = firstPhase(key)
  return phase ? STACK_COLOURS[phase] : MISSING_COLOUR
}

/** Phase keys in value-chain order: `none` first, a span after its first phase alone. */
function order(key: string): number {
  const phase = firstPhase(key)
  return phase === undefined ? -1 : PHASES.indexOf(phase) * 10 + (key === phase ? 0 : 1)
}

interface Node {
  name: string
  key: string
  side: 'from' | 'to'
  total: number
}

function nodesOf(flows: readonly PhaseFlow[]): Node[] {
  const nodes = new Map<string, Node>()
  for (const f of flows) {
    for (const [side, key] of [
      ['from', f.from],
      ['to', f.to],
    ] as const) {
      const name = `${side}:${key}`
      const node = nodes.get(name) ?? { name, key, side, total: 0 }
      node.total += f.count
      nodes.set(name, node)
    }
  }
  return [...nodes.values()].sort((a, b) =>
    a.side === b.side ? order(a.key) - order(b.key) : a.side === 'from' ? -1 : 1,
  )
}

export function buildPhaseFlowOption(flows: readonly PhaseFlow[], labels: PhaseFlowLabels): EChartsOption {
  const nodes = nodesOf(flows)
  const nodeLabel = (n: Node) => (n.side === 'from' ? labels.before : labels.after)(labels.phase(n.key))
  const byName = new Map(nodes.map((n) => [n.name, n]))
  const description = `${labels.title}. ${flows
    .map((f) => `${labels.phase(f.from)} → ${labels.phase(f.to)}: ${labels.items(f.count)}`)
    .join('; ')}.`
  const base = baseOption(description)
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const p = params as {
          dataType?: string
          name?: string
          data?: { source?: string; target?: string; value?: number }
        }
        if (p.dataType === 'edge' && p.data) {
          const [s, t] = [byName.get(p.data.source ?? ''), byName.get(p.data.target ?? '')]
          if (!s || !t) return ''
          return tooltipHtml(`${labels.phase(s.key)} → ${labels.phase(t.key)}`, [
            labels.items(p.data.value ?? 0),
          ])
        }
        const node = byName.get(p.name ?? '')
        return node ? tooltipHtml(nodeLabel(node), [labels.items(node.total)]) : ''
      },
    },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 8,
        top: 16,
        bottom: 16,
        nodeAlign: 'justify',
        layoutIterations: 0,
        nodeGap: 14,
        draggable: false,
        emphasis: { focus: 'adjacency' },
        label: {
          color: INK,
          formatter: (params: { name?: string }) => {
            const node = byName.get(params.name ?? '')
            return node ? `${nodeLabel(node)} (${node.total})` : ''
          },
        },
        lineStyle: { color: 'source', opacity: 0.35 },
        data: nodes.map((n) => ({
          name: n.name,
          itemStyle: { color: colourOf(n.key), borderColor: INK, borderWidth: 1 },
          label: {
            position: n.side === 'from' ? 'right' : 'left',
            color: INK,
            textBorderColor: 'transparent',
          },
        })),
        links: flows.map((f) => ({ source: `from:${f.from}`, target: `to:${f.to}`, value: f.count })),
      },
    ],
  }
}

export function buildPhaseFlowTable(flows: readonly PhaseFlow[], labels: PhaseFlowLabels): ChartTable {
  return {
    caption: labels.title,
    columns: [labels.columns.flow, labels.columns.count],
    rows: flows.map((f) => ({
      header: `${labels.phase(f.from)} → ${labels.phase(f.to)}`,
      cells: [f.count],
    })),
  }
}

/** One point per node, in the series' data order. */
export function buildPhaseFlowPoints(
  flows: readonly PhaseFlow[],
  labels: PhaseFlowLabels,
  target: ChartTarget,
): ChartPoint[] {
  return nodesOf(flows).map((n, dataIndex) => ({
    seriesIndex: 0,
    dataIndex,
    label: `${(n.side === 'from' ? labels.before : labels.after)(labels.phase(n.key))}: ${labels.items(n.total)}`,
    target,
  }))
}
