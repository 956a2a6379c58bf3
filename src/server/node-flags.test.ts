import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from './node-flags.ts';

describe('server heap settings', () => {
  it('are the ones npm start and the README run the server with', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const line = `node ${SERVER_NODE_FLAGS.join(' ')} dist/cli/main.js serve`;
    expect(pkg.scripts.start).toContain(line);
    expect(readme).toContain(line);
  });
});
