/** Downloads the client's copy of their data (GDPR Art. 15): one ZIP, audited on the server. */
import { Button } from '@mantine/core';
import type { Client } from '../../api/clients.ts';
import { useT } from '../i18n/i18n.ts';
import { exportPath } from './api.ts';

export function ExportButton({ client }: { client: Client }) {
  const { t } = useT('dataRights');
  return (
    <Button component="a" variant="default" href={exportPath(client.id)} download title={t('export.hint')}>
      {t('export.label')}
    </Button>
  );
}
