// How a handler reads the parts of a request: each field with the type its route's schema gives
// it, and a 400 E_BAD_REQUEST naming the field when a schema and its handler disagree.

import { describe, expect, it } from 'vitest';

import { FieldReader, stringFields } from '../../src/serve/request-values.js';
import { isStringList, recordOf, stringsOf } from '../../src/serve/json-shapes.js';
import { ServeError } from '../../src/serve/http-error.js';

describe('FieldReader', () => {
  const query = new FieldReader({ q: 'HMIC', limit: 10, type: 'Body', ratio: 0.5 }, 'query parameter');

  it('reads present fields with their types', () => {
    expect(query.text('q')).toBe('HMIC');
    expect(query.integer('limit')).toBe(10);
    expect(query.optionalOneOf('type', ['Person', 'Body'] as const)).toBe('Body');
  });

  it('reads absent optional fields as undefined and an absent object as {}', () => {
    expect(query.optionalText('relation')).toBeUndefined();
    expect(query.optionalInteger('offset')).toBeUndefined();
    expect(query.optionalOneOf('direction', ['in', 'out'] as const)).toBeUndefined();
    expect(query.record('params')).toEqual({});
  });

  it.each([
    ['a missing required string', () => query.text('from'), 'query parameter from must be a string'],
    ['a number read as text', () => query.text('limit'), 'query parameter limit must be a string'],
    ['a fraction read as an integer', () => query.integer('ratio'), 'query parameter ratio must be an integer'],
    ['a value outside the choices', () => query.optionalOneOf('type', ['Person'] as const), 'query parameter type must be one of Person'],
    ['a string read as an object', () => query.record('q'), 'query parameter q must be an object'],
  ])('refuses %s with a 400 naming the field', (_case, read, message) => {
    expect(read).toThrow(ServeError);
    try {
      read();
    } catch (error) {
      expect(error).toMatchObject({ code: 'E_BAD_REQUEST', status: 400, message });
    }
  });
});

describe('JSON shapes', () => {
  it('keeps the string fields of a record (path parameters, headers) and drops the rest', () => {
    expect(stringFields({ ref: 'body:hmic', n: 1, list: ['a'] })).toEqual({ ref: 'body:hmic' });
    expect(stringFields(null)).toEqual({});
  });

  it.each([
    [['a', 'b'], true],
    [[], true],
    [['a', 1], false],
    ['a', false],
  ])('isStringList(%j) is %s', (value, expected) => {
    expect(isStringList(value)).toBe(expected);
  });

  it('reads anything but an object as the empty record, and anything but strings as the empty list', () => {
    expect(recordOf([1])).toEqual({});
    expect(recordOf({ a: 1 })).toEqual({ a: 1 });
    expect(stringsOf(null)).toEqual([]);
    expect(stringsOf(['x'])).toEqual(['x']);
  });
});
