import { describe, expect, it } from 'vitest';
import { scoreText, sentimentOf, wordsOf } from './pt-br-sentiment.util';

describe('pt-BR sentiment lexicon', () => {
  it('reads words without accents or case', () => {
    expect(wordsOf('Ótimo! NÃO gostei, preço...')).toEqual(['otimo', 'nao', 'gostei', 'preco']);
  });

  it.each([
    ['Adorei a proposta, vamos fechar!', 'positive'],
    ['Perfeito, muito obrigada pelo atendimento', 'positive'],
    ['Achei muito caro, infelizmente', 'negative'],
    ['Não gostei do atendimento', 'negative'],
    ['Não tenho interesse no momento', 'negative'],
    ['Sem problemas, pode mandar', 'positive'],
    ['Quero cancelar, estou insatisfeito', 'negative'],
    ['Recebi o arquivo às 14h', 'neutral'],
  ])('scores %j as %s', (text, expected) => {
    expect(sentimentOf([{ text, weight: 1 }]).sentiment).toBe(expected);
  });

  it('makes an intensified word count more', () => {
    expect(scoreText('muito caro').score).toBeLessThan(scoreText('caro').score);
  });

  it('lets the heavier texts decide', () => {
    expect(
      sentimentOf([
        { text: 'Obrigado!', weight: 0.2 },
        { text: 'Que absurdo, vou desistir', weight: 1 },
      ]).sentiment,
    ).toBe('negative');
  });
});
