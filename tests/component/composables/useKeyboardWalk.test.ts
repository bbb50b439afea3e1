import { describe, expect, it, vi } from 'vitest'
import { useKeyboardWalk } from '@/composables/useKeyboardWalk'
import { labelWidthForKey, MAX_LABEL_WIDTH, MIN_LABEL_WIDTH } from '@/composables/useLabelWidth'

function walker(count: number, moves = {}) {
  let current = -1
  const activate = vi.fn()
  const leave = vi.fn()
  const onKeydown = useKeyboardWalk({
    count: () => count,
    current: () => current,
    move: (i) => (current = i),
    activate,
    leave,
    moves,
  })
  const press = (key: string) => {
    const event = new KeyboardEvent('keydown', { key, cancelable: true })
    const used = onKeydown(event)
    return { used, prevented: event.defaultPrevented, at: current }
  }
  return { press, activate, leave }
}

describe('useKeyboardWalk', () => {
  it('walks from nothing to the first, on to the last and stays there', () => {
    const { press } = walker(3)
    expect(press('ArrowRight')).toEqual({ used: true, prevented: true, at: 0 })
    expect(press('ArrowDown').at).toBe(1)
    expect(press('End').at).toBe(2)
    expect(press('ArrowRight').at).toBe(2)
    expect(press('ArrowUp').at).toBe(1)
    expect(press('Home').at).toBe(0)
    expect(press('ArrowLeft').at).toBe(0)
  })

  it('opens the current one with Enter or Space, and not before there is one', () => {
    const { press, activate, leave } = walker(2)
    expect(press('Enter').used).toBe(false)
    press('ArrowDown')
    expect(press(' ')).toMatchObject({ used: true, prevented: true })
    expect(activate).toHaveBeenCalledWith(0)
    press('Escape')
    expect(leave).toHaveBeenCalledOnce()
  })

  it('takes the caller’s own moves and leaves other keys (and an empty list) alone', () => {
    const { press } = walker(10, { PageDown: (at: number, last: number) => Math.min(last, at + 4) })
    press('Home')
    expect(press('PageDown').at).toBe(4)
    expect(press('+')).toEqual({ used: false, prevented: false, at: 4 })
    expect(press('constructor').used).toBe(false)
    expect(walker(0).press('ArrowDown').used).toBe(false)
  })
})

describe('labelWidthForKey', () => {
  it('widens and narrows by steps, Shift for bigger ones, Home/End to the limits', () => {
    expect(labelWidthForKey(340, 'ArrowRight', false)).toBe(360)
    expect(labelWidthForKey(340, 'ArrowLeft', true)).toBe(260)
    expect(labelWidthForKey(340, 'Home', false)).toBe(MIN_LABEL_WIDTH)
    expect(labelWidthForKey(340, 'End', false)).toBe(MAX_LABEL_WIDTH)
    expect(labelWidthForKey(340, 'toString', false)).toBeUndefined()
  })
})
