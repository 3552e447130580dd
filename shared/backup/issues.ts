// Turns zod's validation issues into sentences a user can act on, each naming the place in the
// file as the tables read ("papers[2].cover.meetingDate"), not zod's internal vocabulary.
import type { z } from 'zod';

export const MAX_MESSAGES = 20;

/** "data.papers[2].cover" → "papers[2].cover": the envelope's `data.` adds nothing for a reader. */
export function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out.replace(/^data\./, '');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** A short, safe rendering of a wrong value: enough to recognise it, never the whole subtree. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length > 40 ? `${JSON.stringify(v.slice(0, 40))}…` : JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

const isDefaultMessage = (m: string) => /^Invalid (input|option)/i.test(m);

export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = pathOf(issue.path) || 'the file';
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = isDefaultMessage(issue.message) ? `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}` : issue.message;
      return input === undefined ? `${where}: missing (${expected})` : `${where}: ${expected}, found ${describeValue(input)}`;
    }
    case 'invalid_value':
      return `${where}: expected ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${input === undefined ? 'nothing' : describeValue(input)}`;
    case 'invalid_union': {
      // A node or mark of a type the format does not have ("image", "script" …).
      const { options, discriminator } = issue as { options?: unknown[]; discriminator?: string };
      if (options && discriminator) {
        const tag = input && typeof input === 'object' ? (input as Record<string, unknown>)[discriminator] : undefined;
        return `${where}: ${tag === undefined ? 'missing' : `unknown type ${describeValue(tag)}`}; allowed here: ${options.join(', ')}`;
      }
      return `${where}: ${issue.message}`;
    }
    default:
      return `${where}: ${issue.message}`;
  }
}

/** At most MAX_MESSAGES lines, then how many more: a long list hides the first, most useful one. */
export function capped(errors: readonly string[]): string[] {
  if (errors.length <= MAX_MESSAGES) return [...errors];
  return [...errors.slice(0, MAX_MESSAGES), `… and ${errors.length - MAX_MESSAGES} more problem${errors.length - MAX_MESSAGES === 1 ? '' : 's'}`];
}
