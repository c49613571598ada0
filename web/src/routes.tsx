import type { ApolloClient } from '@apollo/client';
import type { RouteObject } from 'react-router';
import { AppLayout } from './components/app-layout';
import { RouteError } from './components/route-error';
import { ControllersPage } from './views/controllers/controllers-page';
import { ControllerPageDocument, ProcessorPageDocument } from './generated/graphql';
import { NotFoundPage } from './views/not-found-page';

/**
 * Every view and its URL. The list is in the first bundle; every other view is its own chunk, loaded when first
 * opened (the graph view's chunk holds Cytoscape). The curation views live under `/curate` (sign in with a key,
 * submit a policy, follow its reading, review a draft); a controller's versions and their changes are at
 * `/controllers/<slug>/history`. The curator key is kept by session/curator-key.ts and sent by the Apollo link.
 *
 * The detail views start their query in the route's loader, while their chunk loads (the component's own
 * `useQuery` then joins the request in flight, or reads the cache): a cold deep link saves a round trip.
 */
export function createRoutes(client: ApolloClient): RouteObject[] {
  return [
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <RouteError />,
      // Shown while the first view's chunk loads on a deep link (e.g. straight to a controller).
      hydrateFallbackElement: <p className="muted pad">Loading…</p>,
      children: [
        { index: true, element: <ControllersPage /> },
        {
          path: 'controllers/:slug',
          loader: ({ params }) => {
            void client
              .query({ query: ControllerPageDocument, variables: { slug: params.slug ?? '' } })
              .catch(() => {});
            return null;
          },
          lazy: { Component: async () => (await import('./views/controller/controller-page')).ControllerPage },
        },
        {
          path: 'compare',
          lazy: { Component: async () => (await import('./views/compare/compare-page')).ComparePage },
        },
        {
          path: 'graph',
          lazy: { Component: async () => (await import('./views/graph/graph-page')).GraphPage },
        },
        {
          path: 'controllers/:slug/history',
          lazy: { Component: async () => (await import('./views/history/history-page')).HistoryPage },
        },
        {
          path: 'curate',
          lazy: { Component: async () => (await import('./views/curate/curate-page')).CuratePage },
        },
        {
          path: 'curate/submit',
          lazy: { Component: async () => (await import('./views/curate/submit-page')).SubmitPage },
        },
        {
          path: 'curate/ingestions/:id',
          lazy: { Component: async () => (await import('./views/curate/ingestion-page')).IngestionPage },
        },
        {
          path: 'curate/drafts/:slug/:version',
          lazy: { Component: async () => (await import('./views/curate/review-page')).ReviewPage },
        },
        {
          path: 'processors/:slug',
          loader: ({ params }) => {
            void client.query({ query: ProcessorPageDocument, variables: { slug: params.slug ?? '' } }).catch(() => {});
            return null;
          },
          lazy: { Component: async () => (await import('./views/processor/processor-page')).ProcessorPage },
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
