import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { outcomeKeys } from './api.ts';
import { prefetchOutcomesAt } from './prefetch.ts';

vi.mock('./OutcomeChart.tsx', () => ({ OutcomeChart: () => null }));
vi.mock('./OutcomesPage.tsx', () => ({ OutcomesPage: () => null }));

const report = { program: { id: 'p1', name: 'Spring' } };

function stubFetch() {
  const fetch = vi.fn(
    async () =>
      new Response(JSON.stringify(report), { status: 200, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('prefetchOutcomesAt', () => {
  it('asks for the dashboard’s report under the key and filters the page will use', async () => {
    const fetch = stubFetch();
    const client = new QueryClient();
    prefetchOutcomesAt(client, { pathname: '/programs/p1/outcomes', search: '?sex=female&cohort=c1' });
    await vi.waitFor(() =>
      expect(client.getQueryData(outcomeKeys.report('p1', { cohort: 'c1', sex: 'female' }))).toEqual(report),
    );
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toMatch(/^\/api\/programs\/p1\/outcomes\?/);
  });

  it('asks for nothing on any other page', () => {
    const fetch = stubFetch();
    const client = new QueryClient();
    for (const pathname of ['/', '/outcomes', '/programs/p1', '/programs/p1/outcomes/extra'])
      prefetchOutcomesAt(client, { pathname, search: '' });
    expect(fetch).not.toHaveBeenCalled();
  });
});
