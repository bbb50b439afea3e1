import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  contrastRatio,
  GOAL_COLOURS,
  HEAT_HIGH,
  INK,
  mixColour,
  PAPER,
  STACK_COLOURS,
  textColourOn,
} from '@/charts/palette'
import { PHASES } from '@/domain/types'

describe('chart colours', () => {
  it('are the app’s goal colours: --goal-1..5 in main.css', () => {
    const css = readFileSync('src/styles/main.css', 'utf8')
    for (const [n, colour] of Object.entries(GOAL_COLOURS))
      expect(css, `--goal-${n}`).toMatch(new RegExp(`--goal-${n}:\\s*${colour};`, 'i'))
  })

  it('give white text AA contrast on every goal colour', () => {
    for (const colour of Object.values(GOAL_COLOURS))
      expect(contrastRatio(colour, PAPER)).toBeGreaterThanOrEqual(4.5)
  })

  it('run the phases from dark to light (cividis), so their order survives colour-vision deficiency', () => {
    const light = PHASES.map((p) => contrastRatio(STACK_COLOURS[p], INK))
    expect([...light].sort((a, b) => a - b)).toEqual(light)
    expect(new Set(PHASES.map((p) => STACK_COLOURS[p])).size).toBe(5)
  })

  it('compute contrast as WCAG does, mix colours, and pick readable text', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(mixColour('#000000', '#ffffff', 0.5)).toBe('#808080')
    expect(mixColour('#102030', '#ffffff', 2)).toBe('#ffffff')
    expect(textColourOn(HEAT_HIGH)).toBe(PAPER)
    expect(textColourOn('#e6eff3')).toBe(INK)
  })
})
