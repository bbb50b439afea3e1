import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import OverviewView from './views/OverviewView.vue'

/** Route names double as the nav's i18n keys. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: OverviewView },
  { path: '/tiltak', name: 'items', component: () => import('./views/ItemsView.vue') },
  { path: '/mal', name: 'goals', component: () => import('./views/GoalsView.vue') },
  { path: '/mal/:n', name: 'goal', component: () => import('./views/GoalView.vue') },
  { path: '/aktorer', name: 'actors', component: () => import('./views/ActorsView.vue') },
  { path: '/aktorer/:id', name: 'actor', component: () => import('./views/ActorView.vue') },
  { path: '/ar/:year(\\d{4})?', name: 'year-plan', component: () => import('./views/YearPlanView.vue') },
  { path: '/tidslinje', name: 'timeline', component: () => import('./views/TimelineView.vue') },
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
    scrollBehavior: (to) => (to.hash ? { el: to.hash } : { top: 0 }),
  })
}
