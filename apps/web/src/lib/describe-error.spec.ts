import { describe, expect, it } from 'vitest';
import { describeError, describeFieldError, fieldErrorsOf } from '@/lib/describe-error';
import { ApiError } from '@/lib/api-client';
import { en } from '@/lib/i18n/dictionary.en';
import { ptBR } from '@/lib/i18n/dictionary.pt-br';
import { translate, type Dictionary, type Translate } from '@/lib/i18n/translate';

const tOf =
  (dictionary: Dictionary): Translate =>
  (key, params) =>
    translate(dictionary, key, params);

function validationError(errors: ApiError['errors']): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    detail: 'Validation failed',
    code: 'VALIDATION_FAILED',
    errors,
  });
}

describe('describeFieldError', () => {
  it('words a broken rule from its code and parameters, in the interface language', () => {
    const error = { field: 'name', code: 'maxLength', params: { max: 120 }, message: 'too long' };

    expect(describeFieldError(error, tOf(ptBR), ptBR)).toBe('Use no máximo 120 caracteres.');
    expect(describeFieldError(error, tOf(en), en)).toBe('Use at most 120 characters.');
  });

  it('never shows the English message, even for a rule it does not know', () => {
    const error = { field: 'name', code: 'isSomethingNew', message: 'name must be something new' };

    expect(describeFieldError(error, tOf(ptBR), ptBR)).toBe('Valor inválido.');
  });

  it('falls back to the generic text when the parameters the text needs did not come', () => {
    const error = { field: 'name', code: 'minLength', message: 'too short' };

    expect(describeFieldError(error, tOf(ptBR), ptBR)).toBe('Valor inválido.');
  });

  it('words custom and service-level codes too', () => {
    const t = tOf(ptBR);

    expect(describeFieldError({ field: 'note', code: 'safeText', message: '' }, t, ptBR)).toBe(
      'O texto tem caracteres que não são aceitos.',
    );
    expect(
      describeFieldError({ field: 'phone', code: 'INVALID_PHONE', message: '' }, t, ptBR),
    ).toBe('Telefone inválido. Use DDD e número, como (11) 98765-4321.');
  });
});

describe('fieldErrorsOf', () => {
  it('keeps the first broken rule of each field', () => {
    const error = validationError([
      { field: 'email', code: 'isEmail', message: 'email must be an email' },
      { field: 'email', code: 'maxLength', params: { max: 254 }, message: 'too long' },
      { field: 'name', code: 'isNotEmpty', message: 'name should not be empty' },
    ]);

    expect(fieldErrorsOf(error, tOf(ptBR), ptBR)).toEqual({
      email: 'Informe um e-mail válido.',
      name: 'Preencha este campo.',
    });
  });
});

describe('describeError', () => {
  it("picks the text by code, not the API's English detail", () => {
    const error = new ApiError({
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'The organization needs at least one admin.',
      code: 'LAST_ADMIN',
    });

    expect(describeError(error, tOf(ptBR), ptBR)).toBe(
      'A organização precisa de pelo menos um administrador.',
    );
  });

  it('says something generic for a code it does not know', () => {
    const error = new ApiError({
      type: 'about:blank',
      title: 'Teapot',
      status: 418,
      detail: 'I am a teapot',
      code: 'SOMETHING_NEW',
    });

    expect(describeError(error, tOf(ptBR), ptBR)).toBe(
      'Algo deu errado. Tente novamente em instantes.',
    );
  });
});
