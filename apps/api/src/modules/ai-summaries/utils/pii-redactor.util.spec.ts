import { describe, expect, it } from 'vitest';
import { isValidCpf, redactPii } from './pii-redactor.util';

describe('redactPii', () => {
  it.each([
    ['Meu e-mail é joao.silva+crm@padaria-estrela.com.br, ok?', 'Meu e-mail é [e-mail], ok?'],
    ['CPF 529.982.247-25 para a nota', 'CPF [CPF] para a nota'],
    ['cpf 52998224725', 'cpf [CPF]'],
    ['CNPJ 12.345.678/0001-90', 'CNPJ [CNPJ]'],
    ['cnpj 12345678000190.', 'cnpj [CNPJ].'],
    ['Liga no (11) 98765-4321 depois', 'Liga no [telefone] depois'],
    ['Whats: +55 11 98765-4321', 'Whats: [telefone]'],
    ['fixo 11 3456-7890', 'fixo [telefone]'],
    ['número 5511987654321', 'número [telefone]'],
    ['celular 11987654321', 'celular [telefone]'],
    ['ramal direto 98765-4321', 'ramal direto [telefone]'],
    ['international +1 415 555 0100', 'international [telefone]'],
  ])('masks %j', (input, expected) => {
    expect(redactPii(input)).toBe(expected);
  });

  it.each([
    'O orçamento ficou em R$ 12.500.000,00 por ano',
    'Fechamos R$ 1.500,00 no dia 10/12/2026 às 14:30',
    'Reunião em 2026-12-10 às 09:00',
    'Pedido 12345678 confirmado',
    'Plano de 3 meses, 2 posts por semana',
    'Protocolo 2026120412345',
  ])('leaves %j alone', (input) => {
    expect(redactPii(input)).toBe(input);
  });

  it('masks several values in one message', () => {
    expect(redactPii('Sou a Ana (ana@ex.com), CPF 529.982.247-25, fone (21) 99876-5432.')).toBe(
      'Sou a Ana ([e-mail]), CPF [CPF], fone [telefone].',
    );
  });
});

describe('isValidCpf', () => {
  it('checks both check digits', () => {
    expect(isValidCpf('52998224725')).toBe(true);
    expect(isValidCpf('52998224724')).toBe(false);
    expect(isValidCpf('11111111111')).toBe(false);
  });
});
