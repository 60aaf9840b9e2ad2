import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  parseListQuery,
  sameListQuery,
  toSearchParams,
  withListQuery,
} from '@/features/lead-list/utils/list-query';

describe('parseListQuery', () => {
  it('reads the filters, stage and order the API knows', () => {
    const params = new URLSearchParams(
      'q=padaria&stage=proposta&assigned_user_id=me&tag=site&priority=high&outcome=won&has_next_activity=false&sort=-estimated_value',
    );
    expect(parseListQuery(params)).toEqual({
      q: 'padaria',
      stage: 'proposta',
      assigned_user_id: 'me',
      tag: 'site',
      priority: 'high',
      outcome: 'won',
      has_next_activity: false,
      sort: '-estimated_value',
    });
  });

  it('drops values the API would refuse instead of sending them', () => {
    const params = new URLSearchParams(
      'stage=ganho&sort=valor&priority=urgente&outcome=x&q=%20%20&has_next_activity=nao',
    );
    expect(parseListQuery(params)).toEqual({});
  });
});

describe('toSearchParams', () => {
  it('writes the parameters in a stable order, without empty ones', () => {
    expect(toSearchParams({ sort: 'name', q: 'ana', tag: '' }).toString()).toBe('q=ana&sort=name');
  });
});

describe('the "sem próxima atividade" filter', () => {
  it('goes to the URL as has_next_activity=false and counts as a filter', () => {
    const query = withListQuery({ q: 'ana' }, { has_next_activity: 'false' });
    expect(query).toEqual({ q: 'ana', has_next_activity: false });
    expect(toSearchParams(query).toString()).toBe('q=ana&has_next_activity=false');
    expect(activeFilterCount(query)).toBe(2);
  });

  it('comes off when the patch clears it', () => {
    expect(withListQuery({ has_next_activity: false }, { has_next_activity: undefined })).toEqual(
      {},
    );
  });
});

describe('withListQuery', () => {
  it('removes a parameter set to undefined or empty', () => {
    expect(withListQuery({ q: 'ana', stage: 'lead' }, { stage: '', q: undefined })).toEqual({});
  });
});

describe('activeFilterCount', () => {
  it('counts the filters, not the order', () => {
    expect(activeFilterCount({ q: 'ana', outcome: 'open', sort: 'name' })).toBe(2);
  });
});

describe('sameListQuery', () => {
  it('compares queries whatever the order of their keys', () => {
    expect(sameListQuery({ stage: 'lead', q: 'a' }, { q: 'a', stage: 'lead' })).toBe(true);
    expect(sameListQuery({ stage: 'lead' }, { stage: 'lead', sort: 'name' })).toBe(false);
  });
});
