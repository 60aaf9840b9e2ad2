import { describe, expect, it } from 'vitest';
import { parseSummaryOutput } from './summary-output.util';

const valid = {
  summary: '  O cliente pediu uma proposta.  ',
  sentiment: 'positive',
  next_actions: [' Enviar a proposta ', '', 'Agendar reunião'],
  confidence: 0.876,
};

describe('parseSummaryOutput', () => {
  it('accepts an answer of the schema, tidied', () => {
    expect(parseSummaryOutput(JSON.stringify(valid))).toEqual({
      ok: true,
      draft: {
        summary: 'O cliente pediu uma proposta.',
        sentiment: 'positive',
        next_actions: ['Enviar a proposta', 'Agendar reunião'],
        confidence: 0.88,
      },
    });
  });

  it('reads JSON inside a Markdown fence', () => {
    const parsed = parseSummaryOutput(`\`\`\`json\n${JSON.stringify(valid)}\n\`\`\``);
    expect(parsed.ok).toBe(true);
  });

  it.each([
    [null, 'no content'],
    ['', 'no content'],
    ['{"summary": "corte', 'not answer with valid JSON'],
    ['[1, 2]', 'JSON object'],
    [JSON.stringify({ ...valid, summary: ' ' }), '"summary"'],
    [JSON.stringify({ ...valid, sentiment: 'happy' }), '"sentiment"'],
    [JSON.stringify({ ...valid, next_actions: 'ligar' }), '"next_actions"'],
    [JSON.stringify({ ...valid, next_actions: [1] }), '"next_actions"'],
    [JSON.stringify({ ...valid, confidence: '0.9' }), '"confidence" must be a number'],
    [JSON.stringify({ ...valid, confidence: 1.5 }), 'between 0 and 1'],
  ])('refuses %j with a readable reason', (content, reason) => {
    const parsed = parseSummaryOutput(content);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(reason);
  });

  it('never quotes the answer in its reason', () => {
    const parsed = parseSummaryOutput('{"summary": "segredo do cliente"');
    expect(parsed.ok ? '' : parsed.error).not.toContain('segredo');
  });
});
