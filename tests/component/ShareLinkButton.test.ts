import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ShareLinkButton from '@/components/layout/ShareLinkButton.vue'
import { useDatasetsStore } from '@/stores/datasets'
import { pluginsAt } from './helpers'

const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')
afterEach(() => {
  if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard)
  vi.restoreAllMocks()
})

function setClipboard(value: unknown): void {
  Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => value, configurable: true })
}

async function mountButton() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const datasets = useDatasetsStore()
  datasets.datasets = [
    {
      id: 'import-1',
      kind: 'veikart',
      title: 'Veikart 2026-08',
      asOf: '2026-08',
      importedAt: '2026-01-01T00:00:00.000Z',
      fileName: 'v.csv',
      checksum: 'cf056a2cb297d1a733ffef115bb9e7d7e0405ac466d67e367d8d1b7a0f648291',
      rowCount: 8,
      bundled: false,
    },
  ]
  datasets.activeId = 'import-1'
  const installed = await pluginsAt('/tiltak?mal=2&ds=import-1')
  return mount(ShareLinkButton, { global: { plugins: [pinia, ...installed] }, attachTo: document.body })
}

describe('ShareLinkButton', () => {
  it('copies the link naming the dataset by content', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve())
    setClipboard({ writeText })
    const wrapper = await mountButton()
    await wrapper.get('[data-testid="copy-link"]').trigger('click')
    await flushPromises()
    const link = new URL(writeText.mock.calls[0]?.[0] ?? '')
    expect(Object.fromEntries(link.searchParams)).toEqual({
      mal: '2',
      ds: 'veikart.cf056a2cb297d1a7',
      dst: 'Veikart 2026-08',
      dsv: '2026-08',
    })
    expect(wrapper.text()).toContain('Lenken er kopiert.')
    expect(wrapper.find('[data-testid="share-link-field"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it.each([
    ['missing', undefined],
    ['refusing', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }],
  ])('offers the link in a selected read-only field where the clipboard is %s', async (_name, value) => {
    setClipboard(value)
    const wrapper = await mountButton()
    await wrapper.get('[data-testid="copy-link"]').trigger('click')
    await flushPromises()
    const field = wrapper.get<HTMLInputElement>('[data-testid="share-link-field"]')
    expect(field.element.readOnly).toBe(true)
    expect(field.element.value).toContain('ds=veikart.cf056a2cb297d1a7')
    expect(document.activeElement).toBe(field.element)
    expect(wrapper.text()).toContain('Lenken er merket')
    expect(wrapper.text()).not.toContain('Lenken er kopiert.')
    wrapper.unmount()
  })
})
