/**
 * Instruments → Translations: which languages this organization holds each questionnaire in
 * (English, built-in translations, its own), the licence of each of its own, and adding or removing
 * one (owners and clinicians). Clients whose language is not held get English with a notice naming
 * the languages that are.
 */
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCan } from '../app/session-context.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { TranslationForm } from './TranslationForm.tsx';
import { useDeleteTranslation, useTranslations } from './translations-api.ts';

const languageName = (code: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

export function TranslationsPage() {
  const list = useTranslations();
  const canTranslate = useCan('instrument.translate');
  const remove = useDeleteTranslation();
  const shortNames = new Map(list.data?.instruments.map((i) => [i.instrumentId, i.shortName]));
  return (
    <Stack gap="md">
      <PageHeader title="Questionnaire translations">
        <Text mt={4} maw={720}>
          Clients answer in their own language where your organization holds the questionnaire in it, and in
          English otherwise. Threshold installs a translation only where public copies agree word for word;
          add the licensed translation your organization holds (for example the official Dutch PHQ-9) for your
          own clients.{' '}
          <Anchor component={Link} to="/instruments">
            All instruments
          </Anchor>
        </Text>
      </PageHeader>
      {list.isError && !list.data ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <PageLoader label="Loading translations" />
      ) : (
        <>
          <ScrollTable label="Languages per instrument" minWidth={360}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Instrument</Table.Th>
                <Table.Th scope="col">Installed languages</Table.Th>
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
            <ScrollTable label="Translations your organization added" minWidth={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Instrument</Table.Th>
                  <Table.Th scope="col">Language</Table.Th>
                  <Table.Th scope="col">Licence and source</Table.Th>
                  <Table.Th scope="col">Added</Table.Th>
                  {canTranslate && <Table.Th scope="col">Remove</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((t) => (
                  <Table.Tr key={`${t.instrumentId}-${t.language}`}>
                    <Table.Td>{shortNames.get(t.instrumentId) ?? t.instrumentId}</Table.Td>
                    <Table.Td>{languageName(t.language)}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{t.licence}</Table.Td>
                    <Table.Td>
                      {t.origin === 'built-in'
                        ? 'Built in'
                        : `${t.addedBy ?? ''} ${t.addedAt?.slice(0, 10) ?? ''}`}
                    </Table.Td>
                    {canTranslate && (
                      <Table.Td>
                        {t.origin === 'organization' && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            loading={remove.isPending}
                            onClick={() =>
                              remove.mutate({ instrumentId: t.instrumentId, language: t.language })
                            }
                            aria-label={`Remove the ${languageName(t.language)} ${shortNames.get(t.instrumentId) ?? t.instrumentId} translation`}
                          >
                            Remove
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
