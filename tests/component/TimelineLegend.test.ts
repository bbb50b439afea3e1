import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { STACK_COLOURS } from '@/charts/palette'
import type { GanttMark } from '@/domain/gantt-legend'
import { PHASES } from '@/domain/types'
import TimelineLegend from '@/components/timeline/TimelineLegend.vue'

const MARKS: GanttMark[] = ['phase:utvikling', 'planned', 'no-status']

describe('TimelineLegend', () => {
  it('draws the status swatches apart from every phase colour, so «Planlagt» does not read as a phase', () => {
    const texts = Object.fromEntries(MARKS.map((m) => [m, m])) as Record<GanttMark, string>
    const wrapper = mount(TimelineLegend, { props: { marks: MARKS, texts, label: 'Tegnforklaring' } })
    const fillsOf = (mark: string) =>
      wrapper.findAll(`[data-mark="${mark}"] .swatch rect`).map((r) => r.attributes('fill'))
    const phaseColours = PHASES.map((p) => STACK_COLOURS[p].toLowerCase())
    expect(fillsOf('phase:utvikling')).toEqual([STACK_COLOURS.utvikling])
    for (const mark of ['planned', 'no-status']) {
      expect(fillsOf(mark)).toHaveLength(1)
      expect(phaseColours).not.toContain(fillsOf(mark)[0]?.toLowerCase())
    }
    expect(wrapper.get('[data-mark="planned"] .swatch rect').attributes('stroke')).toBeTruthy()
    expect(wrapper.get('[data-mark="no-status"] .swatch rect').attributes('stroke')).toBeUndefined()
  })
})
