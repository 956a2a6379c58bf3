/** Downloads the client's copy of their data (GDPR Art. 15): one ZIP, audited on the server. */
import { Button } from '@mantine/core';
import type { Client } from '../../api/clients.ts';
import { exportPath } from './api.ts';

export function ExportButton({ client }: { client: Client }) {
  return (
    <Button
      component="a"
      variant="default"
      href={exportPath(client.id)}
      download
      title="A ZIP with everything held on this client: JSON, FHIR R4 and a readable summary"
    >
      Export data
    </Button>
  );
}
