import { Alert, List } from '@mantine/core';
import type { FormProblem } from './form-errors.ts';

/** The summary of a failed save, above the form. */
export function FormProblemAlert({ problem }: { problem: FormProblem }) {
  return (
    <Alert color="red" title={problem.title} role="alert">
      {problem.messages.length === 1 ? (
        problem.messages[0]
      ) : (
        <List size="sm">
          {problem.messages.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
