import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { ChartTable } from '@/charts/types'
import GanttTable from '@/components/timeline/GanttTable.vue'
import { TABLE_ROW_LIMIT } from '@/domain/view-limits'
import { plugins } from './helpers'

const table = (rows: number): ChartTable => ({
  caption: 'Tidslinje',
  columns: ['Rad', 'Periode'],
  rows: Array.from({ length: rows }, (_, i) => ({ header: `Rad ${i + 1}`, cells: ['2024'] })),
})

describe('GanttTable (the timeline’s table alternative at 100 000 rows)', () => {
  it('shows a small table whole, without a button', () => {
    const wrapper = mount(GanttTable, { props: { table: table(12) }, global: { plugins: plugins('nb') } })
    expect(wrapper.findAll('tbody tr')).toHaveLength(12)
    expect(wrapper.find('[data-testid="chart-table-more"]').exists()).toBe(false)
  })

  it('shows a large one a page at a time, and says how many rows there are', async () => {
    const total = TABLE_ROW_LIMIT * 2 + 7
    const wrapper = mount(GanttTable, { props: { table: table(total) }, global: { plugins: plugins('nb') } })
    expect(wrapper.findAll('tbody tr')).toHaveLength(TABLE_ROW_LIMIT)
    const more = wrapper.get('[data-testid="chart-table-more"]')
    expect(more.text()).toBe('Vis flere rader (500 av 1\u00a0007 vises)')
    await more.trigger('click')
    expect(wrapper.findAll('tbody tr')).toHaveLength(TABLE_ROW_LIMIT * 2)
    await wrapper.get('[data-testid="chart-table-more"]').trigger('click')
    expect(wrapper.findAll('tbody tr')).toHaveLength(total)
    expect(wrapper.find('[data-testid="chart-table-more"]').exists()).toBe(false)
  })
})
