/** The active organization's members. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Member, MemberCreate } from '../../api/organizations.ts';
import type { Role } from '../../domain/access/roles.ts';
import { sessionKey } from '../app/session.ts';
import { api } from '../http/http.ts';

const membersKey = ['members'] as const;

export function useMembers() {
  return useQuery({ queryKey: membersKey, queryFn: () => api.get<{ items: Member[] }>('/api/members') });
}

export function useAddMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberCreate) => api.post<Member>('/api/members', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersKey }),
  });
}

/** After changing one's own membership the session (role, permissions) changes too. */
function useRefresh() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: membersKey });
    await queryClient.invalidateQueries({ queryKey: sessionKey });
  };
}

export function useChangeRole() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      api.patch<Member>(`/api/members/${encodeURIComponent(userId)}`, { role }),
    onSettled: refresh,
  });
}

export function useRemoveMember() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (userId: string) => api.delete(`/api/members/${encodeURIComponent(userId)}`),
    onSuccess: refresh,
  });
}
