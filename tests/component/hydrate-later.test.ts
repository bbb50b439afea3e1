/**
 * Lazy hydration (src/components/base/hydrate-later.ts): a part of a server-rendered page keeps
 * its elements and takes them over only when its strategy says so; rendered on the client, it
 * draws at once. Real SSR and hydration, with a strategy the test triggers.
 */
// Two tiny components as fixtures: a part and the page around it.
/* eslint-disable vue/one-component-per-file */
import {
  createApp,
  createSSRApp,
  defineAsyncComponent,
  defineComponent,
  h,
  nextTick,
  ref,
  type HydrationStrategy,
} from 'vue'
import { renderToString } from 'vue/server-renderer'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { firstOf, hydrateLater, resolveEarly } from '@/components/base/hydrate-later'

/** A counter button: it counts only once hydrated (or rendered). */
const Counter = defineComponent({
  setup() {
    const clicks = ref(0)
    return () => h('button', { type: 'button', onClick: () => clicks.value++ }, `clicked ${clicks.value}`)
  },
})

/** A strategy the test fires by hand; `stopped` counts its teardowns. */
function manualStrategy() {
  const handle = { fire: () => {}, stopped: 0 }
  const strategy: HydrationStrategy = (hydrate) => {
    handle.fire = hydrate
    return () => void handle.stopped++
  }
  return { handle, strategy }
}

function page(part: ReturnType<typeof hydrateLater>) {
  return defineComponent({ setup: () => () => h('main', [h('h1', 'Oversikt'), h(part)]) })
}

/** Resolves after the tasks queued so far have run. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve))

afterEach(() => {
  document.body.innerHTML = ''
})

describe('hydrateLater', () => {
  it('keeps the server-rendered part, inert, until its strategy fires; then the same button works', async () => {
    const { handle, strategy } = manualStrategy()
    const Page = page(hydrateLater(Counter, firstOf(strategy)))
    const html = await renderToString(createSSRApp(Page))
    document.body.innerHTML = `<div id="app">${html}</div>`
    const root = document.getElementById('app')!
    const button = root.querySelector('button')!

    createSSRApp(Page).mount(root)
    await nextTick()
    expect(root.hasAttribute('data-hydrating')).toBe(true)
    button.click()
    await nextTick()
    expect(button.textContent).toBe('clicked 0')

    handle.fire()
    await nextTask()
    expect(root.hasAttribute('data-hydrating')).toBe(false)
    expect(root.querySelector('button')).toBe(button)
    button.click()
    await nextTick()
    expect(button.textContent).toBe('clicked 1')
  })

  it('renders at once, and works, when the app renders rather than hydrates', async () => {
    const { strategy } = manualStrategy()
    const fired = vi.fn(strategy)
    // Wrapped when its module is evaluated, mounted later (src/start.ts awaits the first page).
    const Page = page(hydrateLater(Counter, fired))
    await new Promise((resolve) => setTimeout(resolve))
    document.body.innerHTML = '<div id="app"></div>'
    const root = document.getElementById('app')!
    createApp(Page).mount(root)
    // In the mount's own pass, not a tick later.
    const button = root.querySelector('button')!
    expect(button.textContent).toBe('clicked 0')
    button.click()
    await nextTick()
    expect(button.textContent).toBe('clicked 1')
    expect(fired).not.toHaveBeenCalled()
    expect(root.hasAttribute('data-hydrating')).toBe(false)
  })
})

describe('resolveEarly', () => {
  // Vue's internal __asyncLoader is the only way to resolve an async component before it renders.
  it('resolves an async component before its first render, through Vue’s internal loader', async () => {
    const Wrapped = defineAsyncComponent(() => Promise.resolve(Counter))
    expect(Object.keys(Wrapped), 'Vue dropped __asyncLoader: see resolveEarly').toContain('__asyncLoader')
    resolveEarly(Wrapped)
    await nextTask()
    document.body.innerHTML = '<div id="app"></div>'
    createApp(Wrapped).mount('#app')
    // In the mount's own pass, not a tick later.
    expect(document.querySelector('button')?.textContent).toBe('clicked 0')
  })

  it('stops (in dev and tests) when Vue no longer has the loader', () => {
    expect(() => resolveEarly(Counter)).toThrow(/__asyncLoader/)
  })
})

describe('firstOf', () => {
  it('hydrates once, on the first strategy to fire, and stops the others', async () => {
    const a = manualStrategy()
    const b = manualStrategy()
    const hydrate = vi.fn()
    document.body.innerHTML = '<div id="app"></div>'
    firstOf(a.strategy, b.strategy)(hydrate, () => {})
    expect(document.getElementById('app')!.hasAttribute('data-hydrating')).toBe(true)
    b.handle.fire()
    a.handle.fire()
    expect([a.handle.stopped, b.handle.stopped]).toEqual([1, 1])
    await nextTask()
    expect(hydrate).toHaveBeenCalledTimes(1)
    expect(document.getElementById('app')!.hasAttribute('data-hydrating')).toBe(false)
  })

  it('hydrates parts whose strategies fire together one per task, in order', async () => {
    const parts = [manualStrategy(), manualStrategy(), manualStrategy()]
    const hydrated: number[] = []
    document.body.innerHTML = '<div id="app"></div>'
    parts.forEach((part, i) =>
      firstOf(part.strategy)(
        () => hydrated.push(i),
        () => {},
      ),
    )
    parts.forEach((part) => part.handle.fire())
    expect(hydrated).toEqual([])
    await nextTask()
    expect(hydrated).toEqual([0])
    await nextTask()
    expect(hydrated).toEqual([0, 1])
    await nextTask()
    expect(hydrated).toEqual([0, 1, 2])
    expect(document.getElementById('app')!.hasAttribute('data-hydrating')).toBe(false)
  })

  it('stops waiting when the part goes away before it hydrated', async () => {
    const a = manualStrategy()
    const hydrate = vi.fn()
    document.body.innerHTML = '<div id="app"></div>'
    const teardown = firstOf(a.strategy)(hydrate, () => {})
    a.handle.fire()
    teardown?.()
    await nextTask()
    expect(hydrate).not.toHaveBeenCalled()
    expect(document.getElementById('app')!.hasAttribute('data-hydrating')).toBe(false)
  })
})
