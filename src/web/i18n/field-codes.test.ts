/**
 * Every field message a service or domain rule sends has a code with English and Dutch words naming
 * the same values (src/domain/field-codes.ts), the portal's few are its own, and the source builds
 * no field error without a code: a new message in English only fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { FIELD_TEXTS, fieldText } from '../../domain/field-codes.ts';
import { PROBLEM_TEXTS } from '../../domain/problem-codes.ts';
import { cohortErrorsFrom } from '../cohorts/CohortFields.tsx';
import { listingErrorsFrom } from '../front-office/listing-form.ts';
import { ApiError, errorFromResponse, type FieldError, fieldMessage } from '../http/problem.ts';
import { blankDraft } from '../programs/draft.ts';
import { errorsFromApi } from '../programs/draft-errors.ts';
import { i18n } from './i18n.ts';
import { en } from './resources/en/index.ts';
import { nl } from './resources/nl/index.ts';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '').sort();

const dutch: Record<string, string> = nl.errors.fieldCodes;
const english: Record<string, string> = en.errors.fieldCodes;

describe('field codes', () => {
  for (const [code, text] of Object.entries(FIELD_TEXTS)) {
    it(`${code} has English and Dutch words with the same values`, () => {
      expect(english[code], code).toBe(text);
      expect(dutch[code], code).toBeTruthy();
      expect(placeholders(dutch[code] ?? ''), code).toEqual(placeholders(text));
    });
  }

  it('has no Dutch words for a code the server does not send', () => {
    expect(Object.keys(dutch).sort()).toEqual(Object.keys(FIELD_TEXTS).sort());
  });

  it('fills the English text with its values', () => {
    expect(fieldText('max-length', { max: 40 })).toBe('must be at most 40 characters');
  });
});

describe('the portal’s error words', () => {
  const portalFields: Record<string, string> = nl.portalErrors.fieldCodes;
  const portalCodes: Record<string, string> = nl.portalErrors.codes;

  it('are the staff app’s words for the same codes, in both languages', () => {
    for (const [code, text] of Object.entries(portalFields)) expect(dutch[code], code).toBe(text);
    const staffCodes: Record<string, string> = nl.errors.codes;
    for (const [code, text] of Object.entries(portalCodes)) {
      expect(staffCodes[code], code).toBe(text);
      expect(placeholders(text), code).toEqual(
        placeholders(PROBLEM_TEXTS[code as keyof typeof PROBLEM_TEXTS]),
      );
    }
  });

  it('stay few: the portal does not carry the staff app’s words', () => {
    expect(Object.keys(portalFields).length).toBeLessThan(50);
    expect(Object.keys(portalCodes).length).toBeLessThan(30);
  });
});

describe('a field message in the web', () => {
  afterEach(async () => {
    if (!i18n.hasResourceBundle('nl', 'errors')) i18n.addResourceBundle('nl', 'errors', nl.errors);
    await i18n.changeLanguage('en');
  });
  const tooLong = {
    field: 'name',
    message: fieldText('max-length', { max: 40 }),
    code: 'max-length',
    params: { max: 40 },
  };

  it('says a service’s code in Dutch and keeps the server’s words in English', async () => {
    expect(fieldMessage(tooLong)).toBe('Must be at most 40 characters.');
    await i18n.changeLanguage('nl');
    expect(fieldMessage(tooLong)).toBe('Mag hoogstens 40 tekens lang zijn.');
    expect(fieldMessage({ ...tooLong, code: 'no-such-code' })).toBe('Must be at most 40 characters.');
  });

  it('says it in Dutch on the portal, which has only its own few words', async () => {
    await i18n.changeLanguage('nl');
    i18n.removeResourceBundle('nl', 'errors');
    expect(fieldMessage(tooLong)).toBe('Mag hoogstens 40 tekens lang zijn.');
    expect(fieldMessage({ field: 'agreed', message: 'must be ticked to sign', code: 'ticked-sign' })).toBe(
      'Moet aangevinkt zijn om te ondertekenen.',
    );
  });
});

describe('a refused form’s field messages', () => {
  afterEach(() => i18n.changeLanguage('en'));
  const refusal = (...fieldErrors: FieldError[]) =>
    new ApiError({ status: 400, title: 'Invalid request', fieldErrors });
  const coded = (
    field: string,
    code: keyof typeof FIELD_TEXTS,
    params: Record<string, string | number> = {},
  ) => ({
    field,
    message: fieldText(code, params),
    code,
    params,
  });

  it('are said in Dutch from their codes on the program, cohort and listing forms', async () => {
    await i18n.changeLanguage('nl');
    const between = coded('somewhere', 'between', { min: 1, max: 200 });
    expect(errorsFromApi(refusal(between), blankDraft()).other).toEqual([
      'somewhere: Moet tussen 1 en 200 liggen.',
    ]);
    expect(cohortErrorsFrom(refusal(between)).other).toEqual(['somewhere: Moet tussen 1 en 200 liggen.']);
    const listing = listingErrorsFrom(
      refusal(
        coded('cancellationTiers', 'two-tiers-days', { minDaysBefore: 14 }),
        coded('cancellationTiers.1.refundPercent', 'between', { min: 0, max: 100 }),
      ),
    );
    expect(listing.other).toEqual(['Heeft twee staffels voor 14 dagen.']);
    expect(listing.fields['tiers.1.percent']).toBe('Moet tussen 0 en 100 liggen.');
  });

  it('keep the server’s words in English', () => {
    const listing = listingErrorsFrom(
      refusal(coded('cancellationTiers', 'two-tiers-days', { minDaysBefore: 14 })),
    );
    expect(listing.other).toEqual(['Has two tiers for 14 days.']);
  });

  it('write a decimal value with the screen’s decimal mark, and whole numbers as they are', async () => {
    const dose = coded('mgPerKg', 'between', { min: 0.5, max: 1900 });
    expect(fieldMessage(dose)).toBe('Must be between 0.5 and 1900.');
    await i18n.changeLanguage('nl');
    expect(fieldMessage(dose)).toBe('Moet tussen 0,5 en 1900 liggen.');
  });
});

describe('a refused import in Dutch', () => {
  afterEach(() => i18n.changeLanguage('en'));
  const refused = (count: number, rows: number) =>
    new Response(
      JSON.stringify({
        type: 'urn:threshold:problem:validation',
        title: 'Invalid request',
        status: 400,
        detail: 'Nothing was imported.',
        code: 'import-refused',
        params: { count, rows },
      }),
      { status: 400, headers: { 'content-type': 'application/problem+json' } },
    );

  it('counts problems and rows each in its own plural form', async () => {
    await i18n.changeLanguage('nl');
    expect((await errorFromResponse(refused(1, 1))).detail).toMatch(
      /^Er is niets geïmporteerd: 1 probleem in 1 rij\. /,
    );
    expect((await errorFromResponse(refused(3, 2))).detail).toMatch(
      /^Er is niets geïmporteerd: 3 problemen in 2 rijen\. /,
    );
    expect((await errorFromResponse(refused(2, 1))).detail).toMatch(/: 2 problemen in 1 rij\. /);
  });
});

/**
 * The web shows a field error through its code (fieldMessage), never the server's English `message`
 * as it came: a screen that prints `e.message`, `sentence(e.message)` or `[e.field, e.message]`
 * fails here.
 */
describe('field errors in the web', () => {
  const RAW = [
    /sentence\(\s*[\w?.]+\.message\s*\)/,
    /: \$\{\s*\w+\.message\s*\}/,
    /\[\s*\w+\.field\s*,\s*\w+\.message\s*\]/,
    /fields\[0\]\??\.message/,
  ];
  const webFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return webFiles(path);
      return /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path) ? [path] : [];
    });

  it('are said from their codes, not as the server wrote them', () => {
    const raw = webFiles('src/web')
      .filter((path) => !path.startsWith(join('src', 'web', 'http')))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .flatMap((line, i) => (RAW.some((re) => re.test(line)) ? [`${path}:${i + 1} ${line.trim()}`] : [])),
      );
    expect(raw).toEqual([]);
  });
});

/**
 * Field errors built in src/server and src/domain: each `invalid(field, code, …)` (and its kin)
 * names a registered code, and no `{ field, message }` is written by hand without a code.
 */

/** The argument that holds the code, by builder. */
const CODE_ARGUMENT: Record<string, number> = {
  invalid: 1,
  fieldIssue: 1,
  bad: 1,
  cellError: 2,
  StudyInputError: 2,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

function fieldErrorProblems(path: string): { uncoded: number; badCodes: string[] } {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  let uncoded = 0;
  const badCodes: string[] = [];
  const literals = (node: ts.Node): ts.Node[] =>
    ts.isConditionalExpression(node) ? [...literals(node.whenTrue), ...literals(node.whenFalse)] : [node];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = ts.isIdentifier(node.expression) ? node.expression.text : '';
      const at = CODE_ARGUMENT[name];
      const arg = at === undefined ? undefined : node.arguments?.[at];
      for (const code of arg ? literals(arg) : []) {
        const text = ts.isStringLiteral(code) ? code.text : undefined;
        const line = source.getLineAndCharacterOfPosition(code.getStart()).line + 1;
        // A variable, a member or a typed lookup is a FieldCode to the compiler; a literal is checked here.
        if (
          ts.isIdentifier(code) ||
          ts.isPropertyAccessExpression(code) ||
          ts.isElementAccessExpression(code) ||
          ts.isAsExpression(code)
        )
          continue;
        if (text === undefined || !(text in FIELD_TEXTS)) badCodes.push(`${path}:${line} ${code.getText()}`);
      }
    }
    if (ts.isObjectLiteralExpression(node)) {
      const names = node.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : ''));
      if (names.includes('field') && names.includes('message') && !names.includes('code')) uncoded += 1;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { uncoded, badCodes };
}

describe('field errors in the source', () => {
  const files = [...sourceFiles('src/server'), ...sourceFiles('src/domain')];
  const found = files.map((path) => ({ path, ...fieldErrorProblems(path) }));

  it('name a registered code wherever they are built', () => {
    expect(found.flatMap((f) => f.badCodes)).toEqual([]);
  });

  it('are not written by hand in English without a code', () => {
    expect(found.filter((f) => f.uncoded > 0).map((f) => `${f.path} (${f.uncoded})`)).toEqual([]);
  });
});
