/**
 * The portal's frame and building blocks: a narrow single column (organization name above, the
 * screen in <main>), the page language on <html>, a focusable screen heading, big buttons that wrap
 * their words, and the progress bar.
 */
import './portal.css';
import { Box, Button, type ButtonProps, Container, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useEffect } from 'react';
import type { PortalLanguage } from './i18n.ts';

interface ShellProps {
  /** The browser tab's title: the screen's heading. */
  title: string;
  organization?: string | undefined;
  children: ReactNode;
}

export function PortalShell({ title, organization, children }: ShellProps) {
  useDocumentTitle(organization ? `${title} · ${organization}` : title);
  return (
    <>
      {organization && (
        <Box component="header" px="md" pt="md">
          <Container size={600} p={0}>
            <Text fw={700} style={{ overflowWrap: 'break-word' }}>
              {organization}
            </Text>
          </Container>
        </Box>
      )}
      <Container component="main" size={600} px="md" py="md" pb="xl">
        {children}
      </Container>
    </>
  );
}

/** Sets `<html lang>` while the portal is shown, and puts back the app's afterwards. */
export function useHtmlLang(language: PortalLanguage): void {
  useEffect(() => {
    const html = document.documentElement;
    const previous = html.lang;
    html.lang = language;
    return () => {
      html.lang = previous;
    };
  }, [language]);
}

/** The screen's one h1; focus moves here when the screen changes (tabIndex -1). */
export const ScreenHeading = forwardRef<HTMLHeadingElement, { children: ReactNode }>(function ScreenHeading(
  { children },
  ref,
) {
  return (
    <Title
      order={1}
      ref={ref}
      tabIndex={-1}
      className="portal-heading"
      fz={{ base: 26, sm: 30 }}
      style={{ overflowWrap: 'break-word' }}
    >
      {children}
    </Title>
  );
});

type PortalButtonProps = ButtonProps & Omit<ComponentPropsWithoutRef<'button'>, keyof ButtonProps>;

/** A large button (at least 48 px high) whose words wrap instead of widening the page. */
export function PortalButton({ type = 'button', children, ...props }: PortalButtonProps) {
  return (
    <Button
      type={type}
      size="lg"
      styles={{
        root: { height: 'auto', minHeight: 48, paddingBlock: 8, paddingInline: 12, flex: '1 1 auto' },
        label: { whiteSpace: 'normal', textAlign: 'center', overflowWrap: 'break-word' },
      }}
      {...props}
    >
      {children}
    </Button>
  );
}

interface ProgressProps {
  /** Questions reached so far (1-based). */
  value: number;
  total: number;
  label: string;
  valueText: string;
}

/** A progress bar screen readers announce as e.g. "Progress, Question 3 of 9". */
export function ProgressBar({ value, total, label, valueText }: ProgressProps) {
  const percent = total > 0 ? Math.round((value / total) * 100) : 0;
  return (
    <div
      className="portal-progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={value}
      aria-valuetext={valueText}
    >
      <div style={{ width: `${percent}%` }} />
    </div>
  );
}
