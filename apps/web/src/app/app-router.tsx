import { flushSync } from 'react-dom';
import { RouterProvider, type DataRouter } from 'react-router';

/**
 * What react-router/dom's RouterProvider does, imported from 'react-router' alone: under Vitest the two entry points
 * load as separate copies that do not share a router context. flushSync lets `navigate(..., { flushSync: true })` work.
 */
export function AppRouter({ router }: { router: DataRouter }) {
  return (
    <RouterProvider
      router={router}
      flushSync={(update) => {
        flushSync(update);
      }}
    />
  );
}
