/** What each role may do, from the permission matrix's descriptions. */
import { Text } from '@mantine/core';
import { ROLE_DESCRIPTIONS, ROLES } from '../../domain/access/roles.ts';
import { ROLE_LABELS } from '../ui/labels.ts';

export function RoleGuide() {
  return (
    <dl style={{ margin: 0 }}>
      {ROLES.map((r) => (
        <div key={r} style={{ marginBottom: 8 }}>
          <Text component="dt" fw={600}>
            {ROLE_LABELS[r]}
          </Text>
          <Text component="dd" m={0} size="sm">
            {ROLE_DESCRIPTIONS[r]}
          </Text>
        </div>
      ))}
    </dl>
  );
}
