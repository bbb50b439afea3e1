import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import GoalCard from '@/components/goals/GoalCard.vue'
import { goalOrPlaceholder, type GoalSummary } from '@/domain/aggregate'
import { plugins } from './helpers'

const summary: GoalSummary = {
  goal: { number: 2, title: 'Enklere arbeidshverdag' },
  subGoalCount: 2,
  itemCount: 1,
  actorCount: 12,
  uncertainCount: 0,
  tentativeCount: 0,
  flaggedCount: 3,
}

describe('GoalCard', () => {
  it('shows the goal, links to its section and counts with Norwegian plurals', () => {
    const wrapper = mount(GoalCard, { props: { summary }, global: { plugins: plugins('nb') } })
    expect(wrapper.get('article').attributes('data-goal')).toBe('2')
    expect(wrapper.get('h3').text()).toBe('Mål 2: Enklere arbeidshverdag')
    expect(wrapper.get('a').attributes('href')).toBe('/mal/2')
    expect(wrapper.get('[data-count="subGoals"]').text()).toBe('2 delmål')
    expect(wrapper.get('[data-count="items"]').text()).toBe('1 tiltak')
    expect(wrapper.get('[data-count="actors"]').text()).toBe('12 aktører')
    expect(wrapper.find('[data-count="uncertain"]').exists()).toBe(false)
    expect(wrapper.find('[data-count="tentative"]').exists()).toBe(false)
  })

  it('names tentative and "?" apart, and links each count to exactly its items', () => {
    const wrapper = mount(GoalCard, {
      props: { summary: { ...summary, tentativeCount: 25, uncertainCount: 1 } },
      global: { plugins: plugins('nb') },
    })
    const link = (count: string) => wrapper.get(`[data-count="${count}"] a`)
    expect(link('tentative').text()).toBe('25 tentative')
    expect(link('tentative').attributes('href')).toBe('/tiltak?mal=2&status=tentative')
    expect(link('uncertain').text()).toBe('1 usikker («?»)')
    expect(link('uncertain').attributes('href')).toBe('/tiltak?mal=2&merknad=uncertain')
    expect(link('items').attributes('href')).toBe('/tiltak?mal=2')
    expect(link('subGoals').attributes('href')).toBe('/mal/2#goal-subgoals')
    expect(link('actors').attributes('href')).toBe('/mal/2#goal-actors')
  })

  it('speaks English when asked, and shows uncertain items', () => {
    const wrapper = mount(GoalCard, {
      props: { summary: { ...summary, itemCount: 0, actorCount: 1, uncertainCount: 4 } },
      global: { plugins: plugins('en') },
    })
    expect(wrapper.get('[data-count="items"]').text()).toBe('no measures')
    expect(wrapper.get('[data-count="actors"]').text()).toBe('1 actor')
    expect(wrapper.get('[data-count="uncertain"]').text()).toBe('4 uncertain ("?")')
  })

  it('names a goal the strategy does not name by its number, in the UI language', () => {
    const placeholder: GoalSummary = { ...summary, goal: goalOrPlaceholder([], 3) }
    const nb = mount(GoalCard, { props: { summary: placeholder }, global: { plugins: plugins('nb') } })
    expect(nb.get('h3').text()).toBe('Mål 3: Mål 3')
    expect(nb.get('a').text()).toBe('Mål 3')
    const en = mount(GoalCard, { props: { summary: placeholder }, global: { plugins: plugins('en') } })
    expect(en.get('h3').text()).toBe('Goal 3: Goal 3')
    expect(en.get('a').text()).toBe('Goal 3')
  })

  it('renders imported text as text, never as HTML', () => {
    const hostile = { ...summary, goal: { number: 1 as const, title: '<img src=x onerror="alert(1)">' } }
    const wrapper = mount(GoalCard, { props: { summary: hostile }, global: { plugins: plugins('nb') } })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('a').text()).toBe('<img src=x onerror="alert(1)">')
  })
})
