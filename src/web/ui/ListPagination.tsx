import { Pagination } from '@mantine/core';

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
          'aria-label': `Page ${p}`,
          'aria-current': p === page ? 'page' : undefined,
        })}
        getControlProps={(control) => ({
          'aria-label': {
            first: 'First page',
            previous: 'Previous page',
            next: 'Next page',
            last: 'Last page',
          }[control],
        })}
      />
    </nav>
  );
}
