import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { HttpErrorCode, HttpLayerException } from './http.exception';
import { findUnsafeInput } from './unsafe-input.util';
import { INVALID_FIELDS_DETAIL } from './validation.pipe';

const CHECKED: ReadonlySet<ArgumentMetadata['type']> = new Set(['body', 'query', 'param']);

/**
 * One global rule before validation: no NUL in any string of a body, query or path parameter
 * (PostgreSQL refuses them, so they would fail as a 500 deep in a query), no lone surrogate
 * (validator.js throws on them), and no absurd nesting.
 * Runs for every route, whether or not its DTO says `SafeText()`.
 */
@Injectable()
export class SafeInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!CHECKED.has(metadata.type)) return value;
    const unsafe = findUnsafeInput(value, metadata.data ? [metadata.data] : []);
    if (!unsafe) return value;
    throw new HttpLayerException(HttpErrorCode.ValidationFailed, INVALID_FIELDS_DETAIL, [
      { ...unsafe, field: unsafe.field || metadata.type },
    ]);
  }
}
