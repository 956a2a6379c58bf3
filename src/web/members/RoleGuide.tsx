/** What each role may do, from the permission matrix's descriptions. */
import { Text } from '@mantine/core';
import { ROLES } from '../../domain/access/roles.ts';
import { translatedLabels } from '../i18n/labels.ts';
import { ROLE_LABELS } from '../ui/labels.ts';

/** What each role may do, in the UI language. */
export const ROLE_DESCRIPTIONS = translatedLabels('common:roleDescriptions', ROLES);

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
