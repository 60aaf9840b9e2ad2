import { describe, expect, it } from 'vitest';
import {
  filterMentionCandidates,
  findMentionQuery,
  insertMention,
  mentionedIds,
  mentionSegments,
  noteMentionIds,
} from '@/features/communications/utils/note-mentions';

const team = [
  { id: 'u-mariana', name: 'Mariana Lima' },
  { id: 'u-mario', name: 'Mário Souza' },
  { id: 'u-jose', name: 'José Almeida' },
];

describe('findMentionQuery', () => {
  it('reads the name typed after an "@" up to the caret', () => {
    expect(findMentionQuery('Falar com @mar', 14)).toEqual({ start: 10, query: 'mar' });
  });

  it('opens on a bare "@" at the start of the text', () => {
    expect(findMentionQuery('@', 1)).toEqual({ start: 0, query: '' });
  });

  it('does not take an e-mail address for a mention', () => {
    expect(findMentionQuery('escreva para ana@agencia.com', 28)).toBeNull();
  });

  it('stops at a line break', () => {
    expect(findMentionQuery('@mar\nproposta', 13)).toBeNull();
  });
});

describe('filterMentionCandidates', () => {
  it('matches any word of the name, ignoring accents and case', () => {
    expect(filterMentionCandidates(team, 'mari').map((member) => member.id)).toEqual([
      'u-mariana',
      'u-mario',
    ]);
    expect(filterMentionCandidates(team, 'alm').map((member) => member.id)).toEqual(['u-jose']);
  });
});

describe('insertMention', () => {
  it('replaces the typed query with "@Nome " and puts the caret after it', () => {
    expect(
      insertMention('Falar com @mar hoje', { start: 10, query: 'mar' }, 14, 'Mariana Lima'),
    ).toEqual({
      text: 'Falar com @Mariana Lima  hoje',
      caret: 24,
    });
  });
});

describe('mentionedIds', () => {
  it('keeps only the members whose "@Nome" is still in the text, once each', () => {
    const text = '@Mariana Lima e @Mariana Lima, vejam isto';
    expect(mentionedIds(text, team)).toEqual(['u-mariana']);
  });
});

describe('noteMentionIds', () => {
  it("reads the ids of a saved note's metadata, ignoring anything else", () => {
    expect(noteMentionIds({ mentions: ['u-mariana', 7, null, 'u-jose'] })).toEqual([
      'u-mariana',
      'u-jose',
    ]);
    expect(noteMentionIds({})).toEqual([]);
  });
});

describe('mentionSegments', () => {
  it('cuts out each "@Nome", the longest name first', () => {
    expect(mentionSegments('@Ana Paula e @Ana, ligar (urgente)', ['Ana', 'Ana Paula'])).toEqual([
      { text: '@Ana Paula', isMention: true },
      { text: ' e ', isMention: false },
      { text: '@Ana', isMention: true },
      { text: ', ligar (urgente)', isMention: false },
    ]);
  });

  it('keeps the text whole when nobody is mentioned', () => {
    expect(mentionSegments('Sem menção', [])).toEqual([{ text: 'Sem menção', isMention: false }]);
  });
});
