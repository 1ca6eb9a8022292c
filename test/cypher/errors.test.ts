// Specification of the one place Cypher errors are built (src/cypher/errors.ts) and of their
// typed codes: every detail has one code, types and details are closed sets a caller can test.

import { describe, expect, it } from 'vitest';
import { CYPHER_ERROR_DETAILS, CypherError, isCypherErrorDetail, isCypherErrorType, type CypherErrorCode } from '../../src/errors.js';
import { compileError, runtimeArgumentError, runtimeError, runtimeTypeError } from '../../src/cypher/errors.js';

describe('Cypher errors', () => {
  it('gives each detail the code E_CYPHER_<DETAIL IN UPPER SNAKE CASE>, one code per detail', () => {
    const codes = CYPHER_ERROR_DETAILS.map((d) => new CypherError('runtime', 'TypeError', d, 'm').code);
    expect(new Set(codes).size).toBe(CYPHER_ERROR_DETAILS.length);
    const undefinedVariable: CypherErrorCode = 'E_CYPHER_UNDEFINED_VARIABLE';
    expect(new CypherError('compile time', 'SyntaxError', 'UndefinedVariable', 'm').code).toBe(undefinedVariable);
    expect(new CypherError('runtime', 'TypeError', 'MapElementAccessByNonString', 'm').code).toBe('E_CYPHER_MAP_ELEMENT_ACCESS_BY_NON_STRING');
  });

  it('builds compile-time errors with the line, column and a caret, or without a place', () => {
    const e = compileError('MATCH (n)\nRETURN m', 17, 'UndefinedVariable', 'Variable `m` not defined');
    expect([e.phase, e.type, e.detail, e.position]).toEqual(['compile time', 'SyntaxError', 'UndefinedVariable', { line: 2, column: 8, offset: 17 }]);
    expect(e.message).toBe('Variable `m` not defined\n\n2 | RETURN m\n  |        ^');
    const placeless = compileError(undefined, null, 'MissingParameter', 'Expected parameter $x', 'ParameterMissing');
    expect([placeless.type, placeless.position, placeless.message]).toEqual(['ParameterMissing', undefined, 'Expected parameter $x']);
  });

  it('builds runtime errors with the TCK type', () => {
    expect([runtimeTypeError('InvalidArgumentType', 'm').type, runtimeArgumentError('NumberOutOfRange', 'm').type]).toEqual(['TypeError', 'ArgumentError']);
    const e = runtimeError('ArithmeticError', 'DivisionByZero', '/ by zero');
    expect([e.phase, e.type, e.code]).toEqual(['runtime', 'ArithmeticError', 'E_CYPHER_DIVISION_BY_ZERO']);
  });

  it('tells a known type or detail from any other string', () => {
    expect([isCypherErrorType('SyntaxError'), isCypherErrorType('Unknown'), isCypherErrorDetail('UndefinedVariable'), isCypherErrorDetail('Nonsense')]).toEqual(
      [true, false, true, false],
    );
  });
});
