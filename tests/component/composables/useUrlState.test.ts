import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { useUrlState } from '@/composables/useUrlState'
import { dateField, enumField, listField } from '@/domain/url-query'

const fields = {
  zoom: enumField('zoom', { ar: 'year', kvartal: 'quarter' }, 'year'),
  date: dateField('dato'),
  tags: listField('tag'),
}

async function mountAt(url: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:p(.*)*', component: { render: () => null } }],
  })
  await router.push(url)
  await router.isReady()
  let api!: ReturnType<typeof useUrlState<typeof fields>>
  const Host = defineComponent({
    setup() {
      api = useUrlState(fields)
      return () => h('p', { 'data-testid': 'zoom' }, `${api.state.value.zoom} ${api.state.value.date ?? '-'}`)
    },
  })
  const wrapper = mount(Host, { global: { plugins: [router] } })
  return { wrapper, router, api: () => api }
}

const fullPath = (router: Router) => router.currentRoute.value.fullPath

describe('useUrlState', () => {
  it('shows the URL’s values and follows navigation', async () => {
    const { wrapper, router } = await mountAt('/tidslinje?zoom=kvartal&dato=2025-06-30')
    expect(wrapper.text()).toBe('quarter 2025-06-30')
    await router.push('/tidslinje?zoom=ar')
    await flushPromises()
    expect(wrapper.text()).toBe('year -')
  })

  it('pushes new values, leaves defaults out and keeps ds and the filter', async () => {
    const { router, api } = await mountAt('/tidslinje?ds=tiltak.abc&mal=2&zoom=kvartal')
    await api().set({ zoom: 'year', date: '2024-01-01', tags: ['a', 'b'] })
    expect(fullPath(router)).toBe('/tidslinje?ds=tiltak.abc&mal=2&dato=2024-01-01&tag=a,b')
    router.back()
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(router.currentRoute.value.query.zoom).toBe('kvartal')
  })

  it('replaces the history entry when asked', async () => {
    const { router, api } = await mountAt('/a')
    await router.push('/b')
    await api().set({ zoom: 'quarter' }, { replace: true })
    expect(fullPath(router)).toBe('/b?zoom=kvartal')
    router.back()
    await new Promise((resolve) => setTimeout(resolve, 0))
    await flushPromises()
    expect(fullPath(router)).toBe('/a')
  })

  it('treats ?zoom=constructor as not understood and renders the default', async () => {
    const { wrapper, api } = await mountAt('/tidslinje?zoom=constructor&dato=toString')
    expect(wrapper.text()).toBe('year -')
    expect(api().invalid.value).toEqual(['zoom=constructor', 'dato=toString'])
  })

  it('gives a link location without navigating', async () => {
    const { router, api } = await mountAt('/endringer?ds=x.1')
    expect(api().location({ tags: ['moved'] })).toEqual({
      path: '/endringer',
      query: { ds: 'x.1', tag: 'moved' },
      hash: '',
    })
    expect(fullPath(router)).toBe('/endringer?ds=x.1')
  })
})
