import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import LanguageSelect from '@/components/layout/LanguageSelect.vue'
import { initialLocale } from '@/i18n'
import { plugins } from './helpers'

afterEach(() => localStorage.clear())

describe('LanguageSelect', () => {
  it('is labelled, switches the UI language, remembers it and sets <html lang>', async () => {
    const wrapper = mount(LanguageSelect, { global: { plugins: plugins('nb') } })
    expect(wrapper.get('label').text()).toContain('Språk')
    await wrapper.get('select').setValue('en')
    expect(wrapper.get('label').text()).toContain('Language')
    expect(localStorage.getItem('veikart.locale')).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(initialLocale()).toBe('en')
  })

  it('defaults to bokmål when nothing valid is stored', () => {
    localStorage.setItem('veikart.locale', 'de')
    expect(initialLocale()).toBe('nb')
  })
})
