/**
 * One questionnaire's progress: the latest score in words with which way is better, what the score
 * ranges mean, the chart, and the exact numbers in a table behind "Show the numbers".
 */
import { List, Stack, Text, Title } from '@mantine/core';
import type { HomeHistory } from './api.ts';
import { formatDay, formatNumber } from './format.ts';
import type { HomeText, PortalLanguage } from './i18n.ts';
import { latestPoint, latestSummary, pointBand } from './progress.ts';
import { ScoreChart } from './ScoreChart.tsx';

interface Props {
  history: HomeHistory;
  t: HomeText;
  language: PortalLanguage;
  timezone: string;
}

export function InstrumentProgress({ history, t, language, timezone }: Props) {
  const summary = latestSummary(history, t);
  const latest = latestPoint(history.points);
  const latestBand = latest ? pointBand(latest, history.bands) : null;
  const num = (value: number) => formatNumber(value, language);
  return (
    <Stack gap="sm" className="portal-home-card">
      <Title order={3} size="h4" style={{ overflowWrap: 'break-word' }}>
        {history.name}
        {history.shortName !== history.name && ` (${history.shortName})`}
      </Title>
      <Text size="lg">{summary ?? t.noScores}</Text>
      {history.bands.length > 0 && (
        <div>
          <Text>{t.bandsIntro}</Text>
          <List>
            {history.bands.map((band) => (
              <List.Item key={`${band.min}-${band.max}`} fw={band.label === latestBand ? 700 : undefined}>
                {num(band.min)}–{num(band.max)}: {band.label}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {history.points.length > 0 && (
        <>
          <ScoreChart history={history} summary={summary} t={t} language={language} timezone={timezone} />
          <details className="portal-home-details">
            <summary>{t.showNumbers}</summary>
            <table className="portal-home-table">
              <caption>{t.tableCaption(history.shortName)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.colDate}</th>
                  <th scope="col">{t.colScore}</th>
                  <th scope="col">{t.colBand}</th>
                </tr>
              </thead>
              <tbody>
                {history.points.map((p) => (
                  <tr key={p.at}>
                    <td>
                      <time dateTime={p.at}>{formatDay(p.at, language, timezone)}</time>
                    </td>
                    <td>{num(p.total)}</td>
                    <td>{pointBand(p, history.bands) ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </Stack>
  );
}
