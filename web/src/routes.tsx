import type { RouteObject } from 'react-router';
import { AppLayout } from './components/app-layout';
import { RouteError } from './components/route-error';
import { ControllersPage } from './views/controllers/controllers-page';
import { NotFoundPage } from './views/not-found-page';

/**
 * Every view and its URL. The list is in the first bundle; every other view is its own chunk, loaded when first
 * opened (the graph view's chunk holds Cytoscape). The curation views (submit a policy, review drafts, publish,
 * version history) will be added here under `/curate/...` once the write API exists; they will read the key from
 * session/curator-key.ts.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <ControllersPage /> },
      {
        path: 'controllers/:slug',
        lazy: async () => ({ Component: (await import('./views/controller/controller-page')).ControllerPage }),
      },
      {
        path: 'compare',
        lazy: async () => ({ Component: (await import('./views/compare/compare-page')).ComparePage }),
      },
      {
        path: 'graph',
        lazy: async () => ({ Component: (await import('./views/graph/graph-page')).GraphPage }),
      },
      {
        path: 'processors/:slug',
        lazy: async () => ({ Component: (await import('./views/processor/processor-page')).ProcessorPage }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
