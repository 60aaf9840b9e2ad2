import type { Sentiment } from '@loved/shared';

/**
 * A small pt-BR sentiment lexicon for the local summariser. Words are matched without accents
 * and in lower case; an entry ending in `*` matches every word it starts (`interess*`:
 * interessado, interessante). Weights: 2 strong, 1 plain, 0.5 weak.
 */
const POSITIVE: Record<string, number> = {
  'otim*': 2,
  'excelent*': 2,
  'perfeit*': 2,
  'maravilh*': 2,
  'incrive*': 2,
  adorei: 2,
  amei: 2,
  adoramos: 2,
  'parabe*': 2,
  gostei: 1.5,
  gostamos: 1.5,
  'aprovad*': 1.5,
  aprovei: 1.5,
  aprovamos: 1.5,
  fechado: 1.5,
  fechamos: 1.5,
  fechar: 1,
  'satisfeit*': 1.5,
  recomendo: 1.5,
  'agradec*': 1,
  obrigado: 1,
  obrigada: 1,
  valeu: 1,
  bom: 1,
  boa: 1,
  legal: 1,
  bacana: 1,
  show: 1,
  top: 1,
  combinado: 1,
  'interess*': 1,
  feliz: 1,
  'animad*': 1,
  beleza: 0.5,
  claro: 0.5,
  certo: 0.5,
  sim: 0.5,
  quero: 0.5,
  vamos: 0.5,
  'resolvid*': 1,
  rapido: 0.5,
  facil: 0.5,
};

const NEGATIVE: Record<string, number> = {
  pessimo: 2,
  pessima: 2,
  horrivel: 2,
  absurdo: 2,
  'decepcion*': 2,
  decepcao: 2,
  'insatisf*': 2,
  'reclam*': 2,
  'cancel*': 2,
  'desist*': 2,
  'irritad*': 2,
  'chatead*': 1.5,
  pior: 1.5,
  ruim: 1.5,
  caro: 1.5,
  caros: 1.5,
  cara: 0.5,
  'problem*': 1,
  'demor*': 1,
  'atras*': 1,
  infelizmente: 1,
  dificil: 1,
  'complicad*': 1,
  'preocup*': 1,
  erro: 1,
  errado: 1,
  'falh*': 1,
  reembolso: 1.5,
  devolucao: 1,
  'concorren*': 1,
  lento: 1,
};

/** A negation flips the next few words: "não gostei", "sem problema", "nem um pouco caro". */
const NEGATIONS = new Set(['nao', 'nunca', 'nem', 'jamais', 'sem', 'nenhum', 'nenhuma']);
const NEGATION_REACH = 3;
/** Makes the next word count more: "muito caro", "super interessado". */
const INTENSIFIERS = new Set(['muito', 'super', 'bastante', 'extremamente', 'tao', 'mega']);

type Lexicon = { exact: Map<string, number>; prefixes: Array<[string, number]> };

function compile(entries: Record<string, number>, sign: 1 | -1): Lexicon {
  const exact = new Map<string, number>();
  const prefixes: Array<[string, number]> = [];
  for (const [word, weight] of Object.entries(entries)) {
    if (word.endsWith('*')) prefixes.push([word.slice(0, -1), sign * weight]);
    else exact.set(word, sign * weight);
  }
  return { exact, prefixes };
}

const LEXICONS = [compile(POSITIVE, 1), compile(NEGATIVE, -1)];

/** Lower case, no accents, words only. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function polarityOf(word: string): number {
  for (const lexicon of LEXICONS) {
    const exact = lexicon.exact.get(word);
    if (exact !== undefined) return exact;
    for (const [prefix, weight] of lexicon.prefixes) if (word.startsWith(prefix)) return weight;
  }
  return 0;
}

export type SentimentScore = { score: number; hits: number };

/** The polarity of one text: positive above zero, negative below; `hits` lexicon words. */
export function scoreText(text: string): SentimentScore {
  const words = wordsOf(text);
  let score = 0;
  let hits = 0;
  let negatedFor = 0;
  let boost = 1;
  for (const word of words) {
    if (NEGATIONS.has(word)) {
      negatedFor = NEGATION_REACH;
      continue;
    }
    if (INTENSIFIERS.has(word)) {
      boost = 1.5;
      continue;
    }
    const polarity = polarityOf(word);
    if (polarity !== 0) {
      score += polarity * boost * (negatedFor > 0 ? -1 : 1);
      hits += 1;
      negatedFor = 0;
    } else if (negatedFor > 0) {
      negatedFor -= 1;
    }
    boost = 1;
  }
  return { score, hits };
}

/** How far a mean score must lean before it stops being neutral. */
const THRESHOLD = 0.3;

/** Weighted texts (the customer's latest words weigh most) to one sentiment. */
export function sentimentOf(texts: Array<{ text: string; weight: number }>): {
  sentiment: Sentiment;
  hits: number;
} {
  let total = 0;
  let weights = 0;
  let hits = 0;
  for (const { text, weight } of texts) {
    const scored = scoreText(text);
    if (scored.hits === 0) continue;
    total += scored.score * weight;
    weights += weight;
    hits += scored.hits;
  }
  const mean = weights > 0 ? total / weights : 0;
  const sentiment = mean >= THRESHOLD ? 'positive' : mean <= -THRESHOLD ? 'negative' : 'neutral';
  return { sentiment, hits };
}
