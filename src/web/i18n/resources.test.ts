import { describe, expect, it } from 'vitest';
import { en } from './resources/en/index.ts';
import { nl } from './resources/nl/index.ts';

type Tree = { readonly [key: string]: string | Tree };

/** Every key path of a resource tree with its text: 'items.today' → 'Today'. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '').sort();
const tags = (text: string): string[] => [...text.matchAll(/<(\w+)>/g)].map((m) => m[1] ?? '').sort();

describe('translations', () => {
  it('has the same namespaces in every language', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  for (const ns of Object.keys(en) as (keyof typeof en)[]) {
    describe(ns, () => {
      const english = leaves(en[ns] as Tree);
      const dutch = leaves(nl[ns] as Tree);

      it('has every English key in Dutch, and no other', () => {
        expect([...dutch.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it('has no empty text', () => {
        for (const [key, text] of [...english, ...dutch]) expect(text.trim(), key).not.toBe('');
      });

      it('uses the same {{values}} and <tags> in both languages', () => {
        for (const [key, text] of english) {
          const other = dutch.get(key) ?? '';
          expect(placeholders(other), key).toEqual(placeholders(text));
          expect(tags(other), key).toEqual(tags(text));
        }
      });
    });
  }
});
