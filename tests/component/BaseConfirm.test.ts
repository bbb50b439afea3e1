import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BaseConfirm from '@/components/base/BaseConfirm.vue'

const props = {
  label: 'Slett',
  question: 'Slette «Veikart 2026»?',
  yes: 'Ja, slett',
  no: 'Avbryt',
  yesTestid: 'delete-confirm',
}

describe('BaseConfirm', () => {
  it('asks the question in a named group and confirms with the danger button', async () => {
    const wrapper = mount(BaseConfirm, { props })
    const group = wrapper.get('[role="group"]')
    expect(group.attributes('aria-label')).toBe('Slett')
    expect(group.text()).toContain('Slette «Veikart 2026»?')
    const yes = wrapper.get('[data-testid="delete-confirm"]')
    expect(yes.attributes('data-color')).toBe('danger')
    expect(yes.text()).toBe('Ja, slett')
    await yes.trigger('click')
    expect(wrapper.emitted('confirm')).toHaveLength(1)
    expect(wrapper.emitted('cancel')).toBeUndefined()
  })

  it('cancels with the other button', async () => {
    const wrapper = mount(BaseConfirm, { props })
    const buttons = wrapper.findAll('button')
    expect(buttons.map((b) => b.text())).toEqual(['Ja, slett', 'Avbryt'])
    await buttons[1]?.trigger('click')
    expect(wrapper.emitted('cancel')).toHaveLength(1)
    expect(wrapper.emitted('confirm')).toBeUndefined()
  })
})
