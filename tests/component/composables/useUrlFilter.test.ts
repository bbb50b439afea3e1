import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { useUrlFilter } from '@/composables/useUrlFilter'
import { emptyFilter } from '@/domain/filter'
import { withSetup } from './host'

describe('useUrlFilter', () => {
  it('reads the filter from the URL and lists what it did not understand', async () => {
    const { result } = await withSetup('/tiltak?mal=2,9&fase=innforing&q=pll', useUrlFilter)
    expect(result.filter.value.goals).toEqual([2])
    expect(result.filter.value.phases).toEqual(['innforing'])
    expect(result.filter.value.text).toBe('pll')
    expect(result.invalid.value).toEqual(['mal=9'])
    expect(result.active.value).toBe(true)
  })

  it('writes a new filter, dropping facets turned off and keeping the dataset and the hash', async () => {
    const { result, router } = await withSetup(
      '/tiltak?ds=tiltak.abc&mal=2&fase=innforing#tabell',
      useUrlFilter,
    )
    await result.setFilter({ ...emptyFilter(), goals: [3, 1] })
    expect(router.currentRoute.value.fullPath).toBe('/tiltak?ds=tiltak.abc&mal=1,3#tabell')
    await result.setFilter(emptyFilter(), { replace: true })
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/tiltak?ds=tiltak.abc#tabell')
    expect(result.active.value).toBe(false)
  })
})
