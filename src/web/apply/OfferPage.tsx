/**
 * An offer's link (/offer/<token>, or /apply/offer#<token> as the email sends it): the retreat, its
 * price and the hold deadline in the organization's zone, accept or decline, then the deposit.
 */
import './apply.css';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../http/problem.ts';
import { useParams } from '../portal/navigation.tsx';
import { PortalButton } from '../portal/PortalShell.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ApplyShell } from './ApplyShell.tsx';
import { type PublicOffer, useAnswerOffer, usePublicOffer } from './api.ts';
import { pageLocale } from './format.ts';
import { Notice } from './Notice.tsx';
import { OfferView } from './OfferView.tsx';
import { offerToken } from './offer-token.ts';
import { applyText } from './text.ts';
import { usePageLanguage } from './useLanguage.ts';

export default function OfferPage() {
  const token = offerToken(useParams().token, window.location.hash);
  const offer = usePublicOffer(token);
  const answer = useAnswerOffer(token);
  const client = useQueryClient();
  const [language, setLanguage] = usePageLanguage('nl-NL', offer.data?.language);
  const t = applyText(language);
  const shell = (title: string, children: React.ReactNode) => (
    <ApplyShell
      title={title}
      organization={offer.data?.organization}
      language={language}
      onLanguage={setLanguage}
    >
      {children}
    </ApplyShell>
  );
  if (offer.isPending) return shell(t('loading'), <PageLoader label={t('loading')} />);
  if (offer.error) {
    const unknown =
      offer.error instanceof ApiError && (offer.error.status === 404 || offer.error.status === 400);
    const title = unknown ? t('offerNotFoundTitle') : t('loadFailedTitle');
    return shell(
      title,
      <Notice title={title} body={unknown ? t('offerNotFoundBody') : t('loadFailedBody')}>
        {!unknown && <PortalButton onClick={() => void offer.refetch()}>{t('tryAgain')}</PortalButton>}
      </Notice>,
    );
  }
  const respond = (choice: 'accept' | 'decline') =>
    answer.mutate(choice, {
      onSuccess: (data: PublicOffer) => client.setQueryData(['offer', token], data),
      // Answered or expired meanwhile: show the offer as it now stands.
      onError: (e) => {
        if (e instanceof ApiError && e.status === 410) void offer.refetch();
      },
    });
  return shell(
    t('offerTitle', { program: offer.data.programName }),
    <OfferView
      offer={offer.data}
      token={token}
      page={pageLocale(language === 'nl' ? 'nl-NL' : 'en-GB', offer.data.timeZone, language)}
      t={t}
      onAnswer={respond}
      answering={answer.isPending}
      failed={answer.isError && !(answer.error instanceof ApiError && answer.error.status === 410)}
    />,
  );
}
