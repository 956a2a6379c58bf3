/**
 * The header's client search: names, email, phone or the client's identifier, in the active
 * organization (GET /api/clients?q=, client.read; the server audits each search as a client list
 * with `searched: true`, never the words). A combobox: type, arrow keys to choose, Enter to open the
 * record, Escape to close; Ctrl+K or "/" focuses it from anywhere.
 */
import { Combobox, Loader, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ClientList } from '../../api/clients.ts';
import { api, withQuery } from '../http/http.ts';
import { useT } from '../i18n/i18n.ts';

const MIN_CHARS = 2;
const SHOWN = 8;

const nameOf = (c: ClientList['items'][number]) =>
  `${c.preferredName?.trim() || c.givenName} ${c.familyName}`;

export function ClientSearch({ compact }: { compact: boolean }) {
  const navigate = useNavigate();
  const { t } = useT('home');
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const enabled = q.length >= MIN_CHARS;
  const results = useQuery({
    queryKey: ['clients', 'search', q],
    queryFn: () => api.get<ClientList>(withQuery('/api/clients', { q, limit: SHOWN, status: 'active' })),
    enabled,
    staleTime: 30_000,
  });
  useHotkeys([
    ['mod+K', () => input.current?.focus()],
    ['/', () => input.current?.focus()],
  ]);

  const open = (id: string) => {
    combobox.closeDropdown();
    setText('');
    input.current?.blur();
    void navigate(`/clients/${encodeURIComponent(id)}`);
  };
  const items = results.data?.items ?? [];
  const more = (results.data?.total ?? 0) - items.length;

  return (
    <Combobox store={combobox} onOptionSubmit={open} withinPortal>
      <Combobox.Target>
        <TextInput
          ref={input}
          type="search"
          aria-label={t('search.label')}
          placeholder={compact ? t('search.short') : t('search.placeholder')}
          value={text}
          w={compact ? 150 : 280}
          size={compact ? 'xs' : 'sm'}
          rightSection={enabled && results.isFetching ? <Loader size="xs" /> : null}
          onChange={(e) => {
            setText(e.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && items.length === 1 && combobox.getSelectedOptionIndex() < 0)
              open(items[0]!.id);
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!enabled} miw={260}>
        <Combobox.Options aria-label={t('search.found')}>
          {results.isError ? (
            <Combobox.Empty>{t('search.failed')}</Combobox.Empty>
          ) : results.data && items.length === 0 ? (
            <Combobox.Empty>{t('search.none', { q })}</Combobox.Empty>
          ) : (
            items.map((c) => (
              <Combobox.Option value={c.id} key={c.id}>
                {nameOf(c)}
                {c.email ? ` · ${c.email}` : ''}
              </Combobox.Option>
            ))
          )}
          {more > 0 && <Combobox.Empty>{t('search.more', { count: more })}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
