import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { RequireSignIn } from './require-sign-in';
import { AccessibilityPage } from './routes/accessibility';
import { HomePage } from './routes/home';
import { NotFoundPage } from './routes/not-found';
import { ServiceProblemPage } from './routes/service-problem';
import { SignInPage } from './routes/sign-in';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <ServiceProblemPage />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'accessibility', element: <AccessibilityPage /> },
          { element: <RequireSignIn />, children: [{ index: true, element: <HomePage /> }] },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
