import { createBrowserRouter } from 'react-router';
import { AppRouter } from './app-router';
import { AppProvider } from './provider';
import { routes } from './router';

const router = createBrowserRouter(routes);

export function App() {
  return (
    <AppProvider>
      <AppRouter router={router} />
    </AppProvider>
  );
}
