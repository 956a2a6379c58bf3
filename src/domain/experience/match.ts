/**
 * Which questionnaire belongs to which dose: a client's first response to the instrument
 * administered from the dose's start until the client's next dose starts (the rule the integration
 * window uses for the CEQ, src/server/integration/book.ts). Pure: the caller passes the client's
 * doses and responses.
 */

export interface TimedDose {
  id: string;
  clientId: string;
  /** ISO 8601 instant. */
  startedAt: string;
}

export interface TimedResponse {
  clientId: string;
  /** ISO 8601 instant. */
  administeredAt: string;
}

const ms = (iso: string): number => Date.parse(iso);

/** Per dose id, the response that belongs to it (at most one; a response belongs to one dose). */
export function matchResponses<R extends TimedResponse>(
  doses: readonly TimedDose[],
  responses: readonly R[],
): Map<string, R> {
  const byClient = new Map<string, R[]>();
  for (const r of responses) {
    const list = byClient.get(r.clientId) ?? [];
    list.push(r);
    byClient.set(r.clientId, list);
  }
  for (const list of byClient.values()) list.sort((a, b) => ms(a.administeredAt) - ms(b.administeredAt));
  const dosesOf = new Map<string, TimedDose[]>();
  for (const d of doses) {
    const list = dosesOf.get(d.clientId) ?? [];
    list.push(d);
    dosesOf.set(d.clientId, list);
  }
  const out = new Map<string, R>();
  for (const [clientId, list] of dosesOf) {
    const sorted = [...list].sort((a, b) => ms(a.startedAt) - ms(b.startedAt));
    const mine = byClient.get(clientId) ?? [];
    sorted.forEach((d, k) => {
      const from = ms(d.startedAt);
      const next = sorted[k + 1];
      const until = next ? ms(next.startedAt) : Number.POSITIVE_INFINITY;
      const r = mine.find((x) => ms(x.administeredAt) >= from && ms(x.administeredAt) < until);
      if (r) out.set(d.id, r);
    });
  }
  return out;
}
