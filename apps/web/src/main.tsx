import { QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { TicketingProvider } from '@ticketing/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { router } from './router.tsx';
import './app.css';

// The session cookie authenticates every call (same origin): no token is kept in scripts.
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: (count, error) => count < 2 && !isClientError(error) } },
});

function isClientError(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: number } }).data?.httpStatus;
  return status !== undefined && status >= 400 && status < 500;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <TicketingProvider url="/trpc" queryClient={queryClient}>
      <RouterProvider router={router} />
    </TicketingProvider>
  </StrictMode>,
);
