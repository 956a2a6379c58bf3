/** Words and order for alerts: severity in text (never colour alone), status and kind. */
import type { ALERT_KINDS, ALERT_SEVERITIES, ALERT_STATUSES } from '../../server/alerts/schema.ts';

export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export type AlertKind = (typeof ALERT_KINDS)[number];

export const SEVERITY_LABELS: Record<AlertSeverity, string> = {
  high: 'High severity',
  medium: 'Medium severity',
  low: 'Low severity',
};

export const SEVERITY_COLORS: Record<AlertSeverity, string> = {
  high: 'red',
  medium: 'orange',
  low: 'gray',
};

export const STATUS_LABELS: Record<AlertStatus, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
};

export const KIND_LABELS: Record<AlertKind, string> = {
  'risk-flag': 'Risk answer',
  deterioration: 'Deterioration',
  vitals: 'Vital signs',
  missed: 'Missed questionnaire',
};

const RANK: Record<AlertSeverity, number> = { high: 0, medium: 1, low: 2 };

/** High severity first, then newest first (the server's order, kept if a list arrives otherwise). */
export function sortAlerts<T extends { severity: AlertSeverity; createdAt: string }>(
  alerts: readonly T[],
): T[] {
  return [...alerts].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || Date.parse(b.createdAt) - Date.parse(a.createdAt),
  );
}

/** "Alerts, 2 open (1 high)": the navigation link's name for screen readers. */
export function alertCountText(count: { active: number; high: number }): string {
  if (count.active === 0) return 'no open alerts';
  const high = count.high > 0 ? `, ${count.high} high severity` : '';
  return `${count.active} open${high}`;
}
