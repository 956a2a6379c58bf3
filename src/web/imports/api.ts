/** The import API: a dry run, then the import itself; the file travels as JSON `{ csv }`. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClientImportResult, ResponseImportResult } from '../../api/imports.ts';
import { api, withQuery } from '../http/http.ts';

export type ImportKind = 'clients' | 'responses';
export type ImportResult<K extends ImportKind> = K extends 'clients'
  ? ClientImportResult
  : ResponseImportResult;

export interface ImportRequest {
  csv: string;
  dryRun: boolean;
  skipDuplicates?: boolean;
}

export const templateUrl = (kind: ImportKind): string => `/api/imports/${kind}/template`;

export function useImport<K extends ImportKind>(kind: K) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, dryRun, skipDuplicates }: ImportRequest) =>
      api.post<ImportResult<K>>(
        withQuery(`/api/imports/${kind}`, { dryRun, ...(kind === 'clients' ? { skipDuplicates } : {}) }),
        { csv },
      ),
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries();
    },
  });
}
