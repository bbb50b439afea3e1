import { afterEach, describe, expect, it, vi } from 'vitest'
import { useShareLink } from '@/composables/useShareLink'
import { withSetup } from './host'

const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')
afterEach(() => {
  if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard)
  vi.useRealTimers()
})
function setClipboard(value: unknown): void {
  Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => value, configurable: true })
}

describe('useShareLink', () => {
  it('copies the link and says so', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve())
    setClipboard({ writeText })
    const { result } = await withSetup('/tidslinje?zoom=kvartal', useShareLink)
    const link = await result.copy()
    expect(new URL(link).pathname + new URL(link).search).toBe('/tidslinje?zoom=kvartal')
    expect(writeText).toHaveBeenCalledWith(link)
    expect(result.copied.value).toBe(true)
    expect(result.fallback.value).toBeNull()
  })

  it('offers the link to copy by hand when the clipboard refuses it', async () => {
    setClipboard({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) })
    const { result } = await withSetup('/tiltak?mal=2', useShareLink)
    const link = await result.copy()
    expect(result.fallback.value).toBe(link)
    expect(result.copied.value).toBe(false)
  })

  it('offers the link when there is no clipboard, or when it never answers', async () => {
    setClipboard(undefined)
    const none = await withSetup('/tiltak', useShareLink)
    expect(await none.result.copy()).toBe(none.result.fallback.value)

    vi.useFakeTimers()
    setClipboard({ writeText: () => new Promise(() => undefined) })
    const silent = await withSetup('/tiltak', useShareLink)
    const copying = silent.result.copy()
    await vi.advanceTimersByTimeAsync(1500)
    const link = await copying
    expect(silent.result.fallback.value).toBe(link)
  })
})
