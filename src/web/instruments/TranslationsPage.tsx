/**
 * Instruments → Translations: which languages this organization holds each questionnaire in
 * (English, built-in translations, its own), the licence of each of its own, and adding or removing
 * one (owners and clinicians). Clients whose language is not held get English with a notice naming
 * the languages that are.
 */

import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCan } from '../app/session-context.tsx';
import { currentLanguage, useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { TranslationForm } from './TranslationForm.tsx';
import { useDeleteTranslation, useTranslations } from './translations-api.ts';

const languageName = (code: string) =>
  new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(code) ?? code;

export function TranslationsPage() {
  const { t } = useT('instrumentPages');
  const list = useTranslations();
  const canTranslate = useCan('instrument.translate');
  const remove = useDeleteTranslation();
  const shortNames = new Map(list.data?.instruments.map((i) => [i.instrumentId, i.shortName]));
  return (
    <Stack gap="md">
      <PageHeader title={t('translations.title')}>
        <Text mt={4} maw={720}>
          {t('translations.intro')}{' '}
          <Anchor component={Link} to="/instruments">
            {t('translations.all')}
          </Anchor>
        </Text>
      </PageHeader>
      {list.isError && !list.data ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <PageLoader label={t('translations.loading')} />
      ) : (
        <>
          <ScrollTable label={t('translations.perInstrument')} minWidth={360}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('translations.instrument')}</Table.Th>
                <Table.Th scope="col">{t('translations.installed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.instruments.map((i) => (
                <Table.Tr key={i.instrumentId}>
                  <Table.Td>{i.shortName}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {i.languages.map((l) => (
                        <Badge key={l} variant="light" color={l === 'en' ? 'gray' : 'teal'}>
                          {languageName(l)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
          {list.data.items.length > 0 && (
            <ScrollTable label={t('translations.added')} minWidth={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('translations.instrument')}</Table.Th>
                  <Table.Th scope="col">{t('translations.language')}</Table.Th>
                  <Table.Th scope="col">{t('translations.licence')}</Table.Th>
                  <Table.Th scope="col">{t('translations.addedOn')}</Table.Th>
                  {canTranslate && <Table.Th scope="col">{t('translations.remove')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((tr) => (
                  <Table.Tr key={`${tr.instrumentId}-${tr.language}`}>
                    <Table.Td>{shortNames.get(tr.instrumentId) ?? tr.instrumentId}</Table.Td>
                    <Table.Td>{languageName(tr.language)}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{tr.licence}</Table.Td>
                    <Table.Td>
                      {tr.origin === 'built-in'
                        ? t('translations.builtIn')
                        : `${tr.addedBy ?? ''} ${tr.addedAt ? formatDateTime(tr.addedAt) : ''}`}
                    </Table.Td>
                    {canTranslate && (
                      <Table.Td>
                        {tr.origin === 'organization' && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            loading={remove.isPending}
                            onClick={() =>
                              remove.mutate({ instrumentId: tr.instrumentId, language: tr.language })
                            }
                            aria-label={t('translations.removeNamed', {
                              language: languageName(tr.language),
                              name: shortNames.get(tr.instrumentId) ?? tr.instrumentId,
                            })}
                          >
                            {t('translations.remove')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
          )}
          {canTranslate && <TranslationForm instruments={list.data.instruments} />}
        </>
      )}
    </Stack>
  );
}
