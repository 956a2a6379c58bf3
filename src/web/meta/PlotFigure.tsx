/**
 * A plot the server drew, shown inline as an image (a data: URL, which the app's Content Security
 * Policy allows for images) with the SVG's own title and description as its text alternative, and a
 * button to save the SVG. Wide plots scroll sideways in their own box on phones.
 */
import { Box, Button, Group, Title } from '@mantine/core';
import { useMemo } from 'react';
import { saveTextFile } from '../http/text-request.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import type { Plot } from './api.ts';

/** What the SVG says about itself: its <title> and <desc> as one text (they describe the plot in words), and its width. */
export function readSvg(svg: string, fallback: string): { alt: string; width: number | null } {
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const parts = ['title', 'desc']
    .map((tag) => root.querySelector(`:scope > ${tag}`)?.textContent?.trim())
    .filter((t): t is string => Boolean(t));
  const width = Number(root.getAttribute('width'));
  return {
    alt: parts.length ? parts.map((p) => (/[.!?]$/.test(p) ? p : `${p}.`)).join(' ') : fallback,
    width: width > 0 ? width : null,
  };
}

/** Below this a plot's labels get too small to read: narrower screens scroll it sideways instead. */
const MIN_WIDTH = 600;

const dataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

interface Props {
  title: string;
  plot: Plot;
  filename: string;
}

export function PlotFigure({ title, plot, filename }: Props) {
  const { t } = useT('meta');
  const headingId = `meta-${filename.replace(/\W/g, '-')}`;
  return (
    <Box component="figure" m={0} aria-labelledby={headingId}>
      <Group justify="space-between" align="center" mb="xs" gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {title}
        </Title>
        {'svg' in plot && (
          <Button
            variant="default"
            size="xs"
            onClick={() => saveTextFile(filename, plot.svg, 'image/svg+xml')}
          >
            {t('plot.download', { title: title.toLowerCase() })}
          </Button>
        )}
      </Group>
      {'svg' in plot ? (
        <SvgImage svg={plot.svg} title={title} />
      ) : (
        <ErrorAlert error={plot.error} title={t('plot.failed', { title: title.toLowerCase() })} />
      )}
    </Box>
  );
}

function SvgImage({ svg, title }: { svg: string; title: string }) {
  const { t } = useT('meta');
  const { alt, width } = useMemo(() => readSvg(svg, title), [svg, title]);
  return (
    <Box
      role="region"
      aria-label={t('plot.scrolls', { title })}
      tabIndex={0}
      style={{ overflowX: 'auto', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
    >
      <img
        src={dataUrl(svg)}
        alt={alt}
        style={{
          display: 'block',
          width: '100%',
          maxWidth: width ?? undefined,
          minWidth: Math.min(width ?? MIN_WIDTH, MIN_WIDTH),
          height: 'auto',
          margin: '0 auto',
          background: 'white',
        }}
      />
    </Box>
  );
}
