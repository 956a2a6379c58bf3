/** The organization's client message templates: list, save, reset, preview. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MessageTemplateItem } from '../../api/messages.ts';
import type { MessageKind, MessageLanguage } from '../../domain/messages/kinds.ts';
import { api } from '../http/http.ts';

const templatesKey = ['message-templates'] as const;
const path = (kind: MessageKind, language: MessageLanguage) =>
  `/api/organization/message-templates/${kind}/${language}`;

export interface TemplateDraft {
  subject: string;
  preview: string;
  body: string;
}

export interface RenderedMessage extends TemplateDraft {
  html: string;
}

export function useMessageTemplates() {
  return useQuery({
    queryKey: templatesKey,
    queryFn: () => api.get<{ items: MessageTemplateItem[] }>('/api/organization/message-templates'),
  });
}

function useTemplateMutation<V>(run: (v: V) => Promise<MessageTemplateItem>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}

export const useSaveTemplate = (kind: MessageKind, language: MessageLanguage) =>
  useTemplateMutation((draft: TemplateDraft) => api.put<MessageTemplateItem>(path(kind, language), draft));

export const useResetTemplate = (kind: MessageKind, language: MessageLanguage) =>
  useTemplateMutation(() => api.delete<MessageTemplateItem>(path(kind, language)));

export const usePreviewTemplate = (kind: MessageKind, language: MessageLanguage) =>
  useMutation({
    mutationFn: (draft: TemplateDraft) => api.post<RenderedMessage>(`${path(kind, language)}/preview`, draft),
  });
