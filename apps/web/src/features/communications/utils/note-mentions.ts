import type { MentionCandidate } from '@/features/communications/types/mention-candidate';

/** What is being typed after an "@": where the "@" is and the text since. */
export type MentionQuery = { start: number; query: string };

/** Longest text after "@" still read as a name being typed (full names have spaces). */
const MAX_QUERY_LENGTH = 40;

function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('pt-BR');
}

/**
 * The mention being typed at the caret: an "@" at the start or after a space, followed by up
 * to the caret with no line break or other "@". An e-mail address ("ana@x.com") is not one.
 */
export function findMentionQuery(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start < 0) return null;
  if (start > 0 && !/\s/.test(before.charAt(start - 1))) return null;
  const query = before.slice(start + 1);
  if (query.length > MAX_QUERY_LENGTH || /[\n@]/.test(query) || query.startsWith(' ')) return null;
  return { start, query };
}

/** Members whose name (or one of its words) starts with the query, accents and case ignored. */
export function filterMentionCandidates(
  candidates: readonly MentionCandidate[],
  query: string,
): MentionCandidate[] {
  const wanted = normalize(query.trim());
  if (!wanted) return [...candidates];
  return candidates.filter((candidate) => {
    const name = normalize(candidate.name);
    return name.startsWith(wanted) || name.split(/\s+/).some((word) => word.startsWith(wanted));
  });
}

/** The text with the typed "@query" replaced by "@Nome " and where the caret goes after it. */
export function insertMention(
  text: string,
  mention: MentionQuery,
  caret: number,
  name: string,
): { text: string; caret: number } {
  const inserted = `@${name} `;
  return {
    text: `${text.slice(0, mention.start)}${inserted}${text.slice(caret)}`,
    caret: mention.start + inserted.length,
  };
}

/** The ids of the picked members whose "@Nome" is still in the text, each once. */
export function mentionedIds(text: string, picked: readonly MentionCandidate[]): string[] {
  const ids = new Set<string>();
  for (const candidate of picked) {
    if (text.includes(`@${candidate.name}`)) ids.add(candidate.id);
  }
  return [...ids];
}

/** The member ids a saved note mentions (`metadata.mentions`), ignoring anything malformed. */
export function noteMentionIds(metadata: Record<string, unknown>): string[] {
  const { mentions } = metadata;
  if (!Array.isArray(mentions)) return [];
  return mentions.filter((id): id is string => typeof id === 'string');
}

/** A note's text cut into plain runs and "@Nome" runs of the given names, in order. */
export function mentionSegments(
  content: string,
  names: readonly string[],
): Array<{ text: string; isMention: boolean }> {
  const mentions = new Set(names.filter((name) => name.trim()).map((name) => `@${name}`));
  if (mentions.size === 0) return [{ text: content, isMention: false }];
  // The longest first, so "@Ana Paula" wins over "@Ana".
  const alternatives = [...mentions]
    .sort((a, b) => b.length - a.length)
    .map((mention) => mention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return content
    .split(new RegExp(`(${alternatives.join('|')})`, 'g'))
    .filter((text) => text !== '')
    .map((text) => ({ text, isMention: mentions.has(text) }));
}
