/** The Portefølje view as a slide: the chart `?graf=` names (status and risk by default), with its table. */
import { compareStatus, rollUpCosts } from '@/domain/portfolio-summary'
import {
  buildCostOption,
  buildCostTable,
  buildStatusOption,
  buildStatusTable,
  buildTrendOption,
  buildTrendTable,
} from '../portfolio'
import { chartTableToSlideTable } from './slide-charts'
import type { SlideBase, SlideData, SlideWords } from './slide-input'
import type { SlideSpec } from './slide-types'

/** Portefølje: the chart `?graf=` names (status and risk by default), with its table. */
export function portfolioSlide(
  base: SlideBase,
  chartId: string | undefined,
  data: SlideData,
  words: SlideWords,
): SlideSpec {
  const p = data.portfolio
  const labels = words.portfolio
  const chart = !p
    ? null
    : chartId === 'portfolio-costs'
      ? p.costs.length > 0 && {
          option: buildCostOption(rollUpCosts(p.costs), labels, words.number),
          table: buildCostTable(rollUpCosts(p.costs), labels),
        }
      : chartId === 'portfolio-trend'
        ? p.rounds.length > 0 && {
            option: buildTrendOption(p.rounds, labels),
            table: buildTrendTable(p.rounds, labels),
          }
        : p.measures.length > 0 && {
            option: buildStatusOption(compareStatus(p.measures), labels),
            table: buildStatusTable(compareStatus(p.measures), labels),
          }
  if (!chart)
    return {
      ...base,
      visual: { kind: 'message', text: words.noItems },
      alternative: { columns: [], rows: [] },
    }
  return {
    ...base,
    visual: { kind: 'chart', option: chart.option },
    alternative: chartTableToSlideTable(chart.table),
  }
}
