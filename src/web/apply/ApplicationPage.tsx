/**
 * /apply/<orgSlug>/<cohortId>: the application form of one open retreat (or its waitlist when full),
 * after the organization's offerings say it is open; the questions come in the page's language.
 */
import './apply.css';
import { Button } from '@mantine/core';
import { ApiError } from '../http/problem.ts';
import { Link, useParams } from '../portal/navigation.tsx';
import { PortalButton } from '../portal/PortalShell.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ApplicationSteps } from './ApplicationSteps.tsx';
import { ApplyShell } from './ApplyShell.tsx';
import { useApplicationForm, useOfferings } from './api.ts';
import { bigButtonStyles } from './buttonStyles.ts';
import { pageLocale } from './format.ts';
import { Notice } from './Notice.tsx';
import { applyText } from './text.ts';
import { usePageLanguage } from './useLanguage.ts';

export default function ApplicationPage() {
  const params = useParams();
  const slug = params.orgSlug ?? '';
  const cohortId = params.cohortId ?? '';
  const offerings = useOfferings(slug);
  const org = offerings.data?.organization;
  const [language, setLanguage] = usePageLanguage(org?.locale);
  const offering = offerings.data?.items.find((o) => o.cohortId === cohortId);
  const open = !!offering && (offering.placesLeft > 0 || offering.waitlist);
  const form = useApplicationForm(slug, open ? cohortId : '', language);
  const t = applyText(language);
  const waitlist = offering?.placesLeft === 0;
  const title: string = offering
    ? t(waitlist ? 'waitlistFormTitle' : 'formTitle', { program: offering.programName })
    : t('loading');
  const shell = (children: React.ReactNode, heading: string = title) => (
    <ApplyShell title={heading} organization={org?.name} language={language} onLanguage={setLanguage}>
      {children}
    </ApplyShell>
  );
  const failed = offerings.error ?? (open ? form.error : null);
  if (failed) {
    const missing = failed instanceof ApiError && (failed.status === 404 || failed.status === 400);
    return shell(
      <Notice
        title={missing ? t('retreatNotOpenTitle') : t('loadFailedTitle')}
        body={missing ? t('retreatNotOpenBody') : t('loadFailedBody')}
      >
        {!missing && <PortalButton onClick={() => window.location.reload()}>{t('tryAgain')}</PortalButton>}
      </Notice>,
    );
  }
  if (offerings.isPending || (open && form.isPending)) return shell(<PageLoader label={t('loading')} />);
  if (!offering || !open || !form.data || !org) {
    return shell(
      <Notice title={t('retreatNotOpenTitle')} body={t('retreatNotOpenBody')}>
        <Button component={Link} to={`/apply/${encodeURIComponent(slug)}`} size="lg" styles={bigButtonStyles}>
          {t('allRetreats')}
        </Button>
      </Notice>,
      t('retreatNotOpenTitle'),
    );
  }
  return shell(
    <ApplicationSteps
      slug={slug}
      offering={offering}
      form={form.data}
      page={pageLocale(org.locale, org.timeZone, language)}
      language={language}
      title={title}
      t={t}
    />,
  );
}
