/**
 * The app shell receives files and meeting-pack addresses without the code that opens them: the
 * opener is asked for (and then stays) once there is something to open.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { withSetup } from './host'

/** The module afresh: its hand-over state lives as long as the page. */
async function freshModule() {
  vi.resetModules()
  return import('@/composables/useFileHandOver')
}

beforeEach(() => {
  vi.resetModules()
})

describe('useFileHandOver', () => {
  it('does not ask for the opener on a plain first page', async () => {
    const { useOpenerNeeded } = await freshModule()
    const { result, unmount } = await withSetup('/', () => useOpenerNeeded())
    expect(result.value).toBe(false)
    unmount()
  })

  it('asks for the opener when a file is handed over, and gives the files once, in order', async () => {
    const handOver = await freshModule()
    const { result, unmount } = await withSetup('/', () => handOver.useOpenerNeeded())
    const first = new File(['a'], 'first.csv')
    const second = new File(['b'], 'second.json')
    handOver.handOverFile(first)
    handOver.handOverFile(second)
    expect(result.value).toBe(true)
    expect(handOver.handedOverCount.value).toBe(2)
    expect(handOver.takeHandedOverFiles()).toEqual([first, second])
    expect(handOver.takeHandedOverFiles()).toEqual([])
    expect(handOver.handedOverCount.value).toBe(0)
    expect(result.value).toBe(true) // stays, to say how the opening went
    unmount()
  })

  it('asks for the opener for a meeting pack address, and keeps it when the address is cleared', async () => {
    const { useOpenerNeeded, PACK_KEY } = await freshModule()
    const { result, router, unmount } = await withSetup(`/?${PACK_KEY}=https://example.org/p.json`, () =>
      useOpenerNeeded(),
    )
    expect(result.value).toBe(true)
    await router.replace('/')
    expect(result.value).toBe(true)
    unmount()
  })

  it('gives a dropped file to the claim of the page shown, if any', async () => {
    const { currentDropClaim, useDropClaim } = await freshModule()
    const take = vi.fn()
    expect(currentDropClaim()).toBeNull()
    const { unmount } = await withSetup('/', () => useDropClaim({ take, hint: 'share.dropHint' }))
    currentDropClaim()?.take(new File(['x'], 'x.csv'))
    expect(take).toHaveBeenCalledTimes(1)
    unmount()
    expect(currentDropClaim()).toBeNull()
  })
})
