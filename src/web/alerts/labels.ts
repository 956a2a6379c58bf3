/** Words and order for alerts: severity in text (never colour alone), status and kind. */
import type { ALERT_KINDS, ALERT_SEVERITIES, ALERT_STATUSES } from '../../api/alerts.ts';
import { tKey, translatedLabels } from '../i18n/labels.ts';

export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export type AlertKind = (typeof ALERT_KINDS)[number];

const SEVERITIES: AlertSeverity[] = ['high', 'medium', 'low'];
const STATUSES: AlertStatus[] = ['open', 'acknowledged', 'resolved'];
const KINDS: AlertKind[] = [
  'risk-flag',
  'deterioration',
  'vitals',
  'missed',
  'challenging-experience',
  'integration-missed',
  'at-home',
];

export const SEVERITY_LABELS: Record<AlertSeverity, string> = translatedLabels('alerts:severity', SEVERITIES);

export const SEVERITY_COLORS: Record<AlertSeverity, string> = {
  high: 'red',
  medium: 'orange',
  low: 'gray',
};

export const STATUS_LABELS: Record<AlertStatus, string> = translatedLabels('alerts:status', STATUSES);

export const KIND_LABELS: Record<AlertKind, string> = translatedLabels('alerts:kind', KINDS);

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
  if (count.active === 0) return tKey('alerts:navCount.none');
  return count.high > 0
    ? tKey('alerts:navCount.openHigh', { count: count.active, high: count.high })
    : tKey('alerts:navCount.open', { count: count.active });
}
