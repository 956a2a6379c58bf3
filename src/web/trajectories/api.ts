/** A client's trajectories (scores over time against the baseline), read under audit. */
import { useQuery } from '@tanstack/react-query';
import type { Trajectories } from '../../api/outcomes-trajectory.ts';
import { api } from '../http/http.ts';

export type Trajectory = Trajectories['instruments'][number];
export type Dosing = Trajectories['dosings'][number];

export function useTrajectories(clientId: string, enabled = true) {
  return useQuery({
    queryKey: ['responses', clientId, 'trajectories'],
    queryFn: () => api.get<Trajectories>(`/api/clients/${encodeURIComponent(clientId)}/trajectories`),
    enabled,
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}
