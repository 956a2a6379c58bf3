import { Pagination } from '@mantine/core';
import { tKey } from '../i18n/t-key.ts';

interface Props {
  /** Names the navigation landmark, e.g. "Client list pages". */
  label: string;
  pages: number;
  page: number;
  onChange(page: number): void;
}

/** Page buttons for a list, with screen-reader names for every button and the current page marked. */
export function ListPagination({ label, pages, page, onChange }: Props) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label}>
      <Pagination
        total={pages}
        value={Math.min(page, pages)}
        onChange={onChange}
        getItemProps={(p) => ({
          'aria-label': tKey('common:pagination.page', { page: p }),
          'aria-current': p === page ? 'page' : undefined,
        })}
        getControlProps={(control) => ({
          'aria-label': {
            first: tKey('common:pagination.first'),
            previous: tKey('common:pagination.previous'),
            next: tKey('common:pagination.next'),
            last: tKey('common:pagination.last'),
          }[control],
        })}
      />
    </nav>
  );
}
