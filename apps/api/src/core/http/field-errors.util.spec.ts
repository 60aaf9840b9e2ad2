import { plainToInstance } from 'class-transformer';
import { IsIn, IsString, MaxLength, validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { toFieldErrors } from './field-errors.util';

class ParamsDto {
  @IsString()
  @MaxLength(3)
  name: string;

  @IsIn(['a', 'b'])
  letter: string;
}

describe('toFieldErrors', () => {
  it('names each broken rule and gives its arguments', async () => {
    const errors = toFieldErrors(
      await validate(plainToInstance(ParamsDto, { name: 'long', letter: 'z' })),
    );
    expect(errors).toEqual([
      {
        field: 'name',
        code: 'maxLength',
        params: { max: 3 },
        message: 'name must be shorter than or equal to 3 characters',
      },
      {
        field: 'letter',
        code: 'isIn',
        params: { values: ['a', 'b'] },
        message: 'letter must be one of the following values: a, b',
      },
    ]);
  });

  it('leaves params out for a rule without arguments', async () => {
    const errors = toFieldErrors(
      await validate(plainToInstance(ParamsDto, { name: 5, letter: 'a' })),
    );
    expect(errors).toContainEqual({
      field: 'name',
      code: 'isString',
      message: 'name must be a string',
    });
  });
});
