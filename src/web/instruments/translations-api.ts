/** The organization's instrument translations: the languages installed, and adding or removing its own. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TranslationList } from '../../api/instrument-translations.ts';
import { api } from '../http/http.ts';

const key = ['instruments', 'translations'] as const;

export function useTranslations() {
  return useQuery({ queryKey: key, queryFn: () => api.get<TranslationList>('/api/instrument-translations') });
}

const path = (instrumentId: string, language: string) =>
  `/api/instrument-translations/${encodeURIComponent(instrumentId)}/${encodeURIComponent(language)}`;

export interface TranslationUpload {
  instrumentId: string;
  language: string;
  licence: string;
  texts: unknown;
}

export function usePutTranslation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (u: TranslationUpload) =>
      api.put<unknown>(path(u.instrumentId, u.language), { texts: u.texts, licence: u.licence }),
    // Instrument details carry the installed languages too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['instruments'] }),
  });
}

export function useDeleteTranslation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (t: { instrumentId: string; language: string }) =>
      api.delete<void>(path(t.instrumentId, t.language)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['instruments'] }),
  });
}

/** An empty translation of an instrument to fill in: every key the completeness check asks for. */
export function translationTemplate(def: {
  instructions: string | null;
  items: Array<{ linkId: string; options: Array<{ value: number }> }>;
  bands: { value: Array<{ label: string }> } | null;
}): string {
  const template = {
    recallPeriod: '',
    ...(def.instructions === null ? {} : { instructions: '' }),
    items: Object.fromEntries(
      def.items.map((i) => [
        i.linkId,
        { text: '', options: Object.fromEntries(i.options.map((o) => [o.value, ''])) },
      ]),
    ),
    bands: Object.fromEntries((def.bands?.value ?? []).map((b) => [b.label, ''])),
  };
  return JSON.stringify(template, null, 2);
}
