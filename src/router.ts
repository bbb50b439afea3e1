import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import OverviewView from './views/OverviewView.vue'

/** Route names double as the nav's i18n keys. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: OverviewView },
  { path: '/tiltak', name: 'items', component: () => import('./views/ItemsView.vue') },
  { path: '/tiltak/:id', name: 'item', component: () => import('./views/ItemView.vue') },
  { path: '/mal', name: 'goals', component: () => import('./views/GoalsView.vue') },
  { path: '/mal/:n', name: 'goal', component: () => import('./views/GoalView.vue') },
  { path: '/aktorer', name: 'actors', component: () => import('./views/ActorsView.vue') },
  { path: '/aktorer/:id', name: 'actor', component: () => import('./views/ActorView.vue') },
  { path: '/ar/:year(\\d{4})?', name: 'year-plan', component: () => import('./views/YearPlanView.vue') },
  { path: '/tidslinje', name: 'timeline', component: () => import('./views/TimelineView.vue') },
  { path: '/endringer', name: 'changes', component: () => import('./views/ChangesView.vue') },
  { path: '/portefolje', name: 'portfolio', component: () => import('./views/PortfolioView.vue') },
  { path: '/vedtak', name: 'decisions', component: () => import('./views/DecisionsView.vue') },
  { path: '/visninger', name: 'views', component: () => import('./views/SavedViewsView.vue') },
  { path: '/presenter', redirect: '/visninger' },
  { path: '/import', name: 'import', component: () => import('./views/ImportView.vue') },
  { path: '/datasett', name: 'datasets', component: () => import('./views/DatasetsView.vue') },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
]

export function createAppRouter() {
  return createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    // A new page starts at the top; a change of the same page's query (a filter, the timeline's
    // open item) keeps the reader where they are; back and forward restore the position.
    scrollBehavior: (to, from, saved) =>
      saved ?? (to.hash ? { el: to.hash } : to.path === from.path ? false : { top: 0 }),
  })
}
