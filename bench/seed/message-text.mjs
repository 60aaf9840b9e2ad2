// Message bodies and subjects: Zipf-distributed Portuguese words with greetings, names and
// closings, with lengths that depend on the channel (short WhatsApp lines, longer e-mails).
import { weightedSampler, zipfWeights } from './prng.mjs';
import {
  CLOSINGS,
  CONTENT_WORDS,
  GREETINGS,
  RARE_WORD_RATE,
  RARE_WORDS,
  STOP_WORDS,
} from './word-bank.mjs';

const CONTENT = [...new Set(CONTENT_WORDS)];

/** Word lengths per channel: [min, max] words of the body. */
const LENGTHS = { whatsapp: [4, 22], email: [20, 70], voip: [8, 25], note: [6, 30] };

export function createTextGenerator(random) {
  const contentIndex = weightedSampler(zipfWeights(CONTENT.length, 1.05), random);
  const stopIndex = weightedSampler(zipfWeights(STOP_WORDS.length, 0.8), random);
  const word = () => (random.chance(0.38) ? STOP_WORDS[stopIndex()] : CONTENT[contentIndex()]);
  const phrase = (count) => {
    const parts = new Array(count);
    for (let i = 0; i < count; i += 1) parts[i] = word();
    // The rare words: about one message in RARE_WORD_RATE, so their search has a few hits.
    if (random.next() * RARE_WORD_RATE < 1)
      parts[random.int(0, count - 1)] = random.pick(RARE_WORDS);
    return parts.join(' ');
  };

  return {
    /** The body of one message for `channel`, addressed to `firstName` now and then. */
    body(channel, firstName) {
      const [min, max] = LENGTHS[channel];
      const text = phrase(random.int(min, max));
      if (channel === 'voip') return `Ligação: ${text}.`;
      if (channel === 'note') return `${text[0].toUpperCase()}${text.slice(1)}.`;
      const greet = random.chance(0.4) ? `${random.pick(GREETINGS)} ${firstName}, ` : '';
      const close = random.chance(channel === 'email' ? 0.8 : 0.2)
        ? `\n${random.pick(CLOSINGS)}.`
        : '';
      return `${greet}${text}.${close}`;
    },
    subject: () => {
      const text = phrase(random.int(3, 8));
      return `${text[0].toUpperCase()}${text.slice(1)}`;
    },
  };
}
