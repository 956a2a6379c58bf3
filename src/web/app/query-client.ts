/** The react-query client: no retries for answers the server meant (4xx), a few for the rest. */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../http/problem.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => {
          if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}
