// Compiles AST expressions into closures over a row, so constant parts (regexes, literal lists,
// function lookups) are prepared once per query and not per row.

import type * as A from '../ast/ast.js';
import { Node, Relationship, TemporalValue, isCypherMap, type CypherMap, type CypherValue } from '../values.js';
import { arithmetic, negate } from '../runtime/arithmetic.js';
import { compareOp } from '../runtime/comparison.js';
import { cypherEquals } from '../runtime/equality.js';
import { compileError, runtimeArgumentError, runtimeError, runtimeTypeError } from '../errors.js';
import { typeName } from '../runtime/kind.js';
import { fromStored } from '../runtime/stored.js';
import { temporalProperty } from '../temporal/index.js';
import { scalarFunction, trimCharacters } from '../functions/scalar.js';
import { isOfType } from '../functions/type-predicate.js';
import { isAggregateName } from '../functions/aggregates.js';
import { markInNeo4jOrder, projectionKeyOrder } from '../functions/neo4j-map-order.js';
import type { ExecContext, Expr, Row } from './context.js';
import { functionName } from '../ast/expressions.js';
import type { CompileScope } from './scope.js';
import { compilePatternComprehension, compileExistsPattern, compileCountPattern } from './pattern-expressions.js';
import { compileSubquery } from './subquery.js';
import { javaRegex } from '../runtime/java-regex.js';

/** Collects the aggregate calls of a projection item; each becomes a slot of the group row. */
export interface AggregateCollector {
  /** The scope aggregate arguments are compiled in (the rows before projection). */
  readonly argScope: CompileScope;
  add(call: A.FunctionCall | A.CountStar, args: Expr[]): number;
}

/** Hidden row key holding the aggregate results of a group. */
export const AGG_SLOT = ' agg';

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;

/** Hidden row key holding a simple CASE's subject while its extended WHENs are tested. */
const CASE_SUBJECT = ' case';

export function isAggregateCall(e: A.Expression): e is A.FunctionCall | A.CountStar {
  return e.kind === 'CountStar' || (e.kind === 'FunctionCall' && e.namespace.length === 0 && isAggregateName(e.name.toLowerCase()));
}

function boolOf(v: CypherValue, op: string): boolean | null {
  if (v === null || typeof v === 'boolean') return v;
  throw runtimeTypeError('InvalidArgumentType', `${op} expects booleans, got ${typeName(v)}`);
}

/** Evaluate a property of any value that has properties. */
export function propertyOf(obj: CypherValue, key: string, ctx: ExecContext): CypherValue {
  if (obj === null) return null;
  if (obj instanceof Node || obj instanceof Relationship) {
    if (ctx.isDeleted(obj)) throw runtimeError('EntityNotFound', 'DeletedEntityAccess', 'The entity has been deleted');
    const v = obj.properties[key];
    return v === undefined ? null : fromStored(v);
  }
  if (obj instanceof TemporalValue) return temporalProperty(obj, key);
  if (isCypherMap(obj)) {
    const v = obj[key];
    return v === undefined ? null : v;
  }
  throw runtimeTypeError('InvalidArgumentType', `Cannot access property ${key} of ${typeName(obj)}`);
}

export function hasLabels(v: Node, labels: string[]): boolean {
  for (const l of labels) if (!v.labels.includes(l)) return false;
  return true;
}

/** Evaluate a label expression against a node's labels (or a relationship's type as one label). */
export function labelExpressionMatches(e: A.LabelExpression, labels: readonly string[]): boolean {
  switch (e.kind) {
    case 'LabelName':
      return labels.includes(e.name);
    case 'LabelWildcard':
      return labels.length > 0;
    case 'LabelNot':
      return !labelExpressionMatches(e.operand, labels);
    case 'LabelAnd':
      return e.operands.every((o) => labelExpressionMatches(o, labels));
    case 'LabelOr':
      return e.operands.some((o) => labelExpressionMatches(o, labels));
    case 'LabelDynamic':
      // Computed per row: patterns compile these with compileLabelMatch (dynamic-labels.ts).
      throw new Error('internal: a dynamic label needs compileLabelMatch');
  }
}

function isInteger(v: CypherValue): v is bigint {
  return typeof v === 'bigint';
}

function listIndex(list: CypherValue[], idx: CypherValue): CypherValue {
  if (idx === null) return null;
  if (!isInteger(idx)) throw runtimeTypeError('InvalidArgumentType', `List index must be an INTEGER, got ${typeName(idx)}`);
  let i = Number(idx);
  if (i < 0) i += list.length;
  return i >= 0 && i < list.length ? list[i]! : null;
}

/** Compile an expression. */
export function compileExpression(e: A.Expression, scope: CompileScope): Expr {
  switch (e.kind) {
    case 'IntegerLiteral':
    case 'FloatLiteral':
    case 'StringLiteral':
    case 'BooleanLiteral': {
      const v = e.value;
      return () => v;
    }
    case 'NullLiteral':
      return () => null;
    case 'ListLiteral': {
      const items = e.elements.map((x) => compileExpression(x, scope));
      return (row, ctx) => items.map((f) => f(row, ctx));
    }
    case 'MapLiteral': {
      const entries = e.entries.map((en) => [en.key, compileExpression(en.value, scope)] as const);
      return (row, ctx) => {
        const out: CypherMap = {};
        for (const [k, f] of entries) out[k] = f(row, ctx);
        return out;
      };
    }
    case 'Parameter': {
      const name = e.name;
      return (_row, ctx) => {
        if (!Object.hasOwn(ctx.params, name)) throw compileError(undefined, null, 'MissingParameter', `Expected parameter $${name}`, 'ParameterMissing');
        return ctx.params[name]!;
      };
    }
    case 'Variable': {
      const name = e.name;
      return (row) => {
        const v = row[name];
        return v === undefined ? null : v;
      };
    }
    case 'PropertyAccess': {
      const obj = compileExpression(e.object, scope);
      const key = e.key;
      return (row, ctx) => propertyOf(obj(row, ctx), key, ctx);
    }
    case 'Subscript': {
      const obj = e.object.kind === 'CollectSubquery' ? compileCollect(e.object, scope, scope.planner.collectLimit(e)) : compileExpression(e.object, scope);
      const index = compileExpression(e.index, scope);
      return (row, ctx) => {
        const o = obj(row, ctx);
        const i = index(row, ctx);
        if (o === null) return null;
        if (Array.isArray(o)) return listIndex(o, i);
        if (i === null) return null;
        if (o instanceof Node || o instanceof Relationship || isCypherMap(o)) {
          if (typeof i !== 'string') throw runtimeTypeError('MapElementAccessByNonString', `Map key must be a STRING, got ${typeName(i)}`);
          return propertyOf(o, i, ctx);
        }
        throw runtimeTypeError('InvalidArgumentType', `Cannot index ${typeName(o)}`);
      };
    }
    case 'Slice': {
      const obj = e.object.kind === 'CollectSubquery' ? compileCollect(e.object, scope, scope.planner.collectLimit(e)) : compileExpression(e.object, scope);
      const from = e.from ? compileExpression(e.from, scope) : null;
      const to = e.to ? compileExpression(e.to, scope) : null;
      return (row, ctx) => {
        const o = obj(row, ctx);
        if (o === null) return null;
        // Neo4j slices any other value as a list of that one value (`n.num[0..1]` is [5]);
        // a map or a graph element is refused.
        if (!Array.isArray(o) && (isCypherMap(o) || o instanceof Node || o instanceof Relationship))
          throw runtimeTypeError('InvalidArgumentType', `Cannot slice ${typeName(o)}`);
        const list = Array.isArray(o) ? o : [o];
        const f = from ? from(row, ctx) : 0n;
        const t = to ? to(row, ctx) : BigInt(list.length);
        if (f === null || t === null) return null;
        if (!isInteger(f) || !isInteger(t)) throw runtimeTypeError('InvalidArgumentType', 'Slice bounds must be INTEGER');
        // Neo4j reads a written bound as a Java int.
        for (const bound of [from ? f : 0n, to ? t : 0n]) {
          if (bound < INT_MIN || bound > INT_MAX) {
            throw runtimeArgumentError('NumberOutOfRange', `Expected an integer between ${INT_MIN} and ${INT_MAX}, but got: ${bound}`);
          }
        }
        const n = list.length;
        let a = Number(f);
        let b = Number(t);
        if (a < 0) a = Math.max(0, n + a);
        if (b < 0) b = Math.max(0, n + b);
        return list.slice(Math.min(a, n), Math.min(b, n));
      };
    }
    case 'Binary':
      return compileBinary(e, scope);
    case 'Comparison': {
      // A comparison of number literals Neo4j folds before running (`0 > -0.0` false) reaches here
      // folded (planner/fold-constants.ts); at run time -0.0 orders below 0 (runtime/comparison.ts).
      // Neo4j compares a degree (planner: isDegreeCount) with a value that must be a number.
      const degreeAt = e.operands.length === 2 ? e.operands.findIndex((x) => scope.planner.isDegreeCount(x, scope.vars)) : -1;
      const operands = e.operands.map((x, i) => {
        const f = compileExpression(x, scope);
        if (degreeAt >= 0 && i !== degreeAt) return ((row, ctx) => numberForDegree(f(row, ctx))) satisfies Expr;
        return f;
      });
      const ops = e.operators;
      if (ops.length === 1) {
        const [l, r] = operands as [Expr, Expr];
        const op = ops[0]!;
        return (row, ctx) => compareOnce(op, l(row, ctx), r(row, ctx));
      }
      return (row, ctx) => {
        let result: boolean | null = true;
        let left = operands[0]!(row, ctx);
        for (let i = 0; i < ops.length; i++) {
          const right = operands[i + 1]!(row, ctx);
          const r = compareOnce(ops[i]!, left, right);
          if (r === false) return false;
          if (r === null) result = null;
          left = right;
        }
        return result;
      };
    }
    case 'Unary': {
      const operand = compileExpression(e.operand, scope);
      if (e.operator === 'NOT')
        return (row, ctx) => {
          const v = boolOf(operand(row, ctx), 'NOT');
          return v === null ? null : !v;
        };
      if (e.operator === '-') return (row, ctx) => negate(operand(row, ctx));
      return (row, ctx) => {
        const v = operand(row, ctx);
        if (v === null || typeof v === 'bigint' || typeof v === 'number') return v;
        throw runtimeTypeError('InvalidArgumentType', `Unary + on ${typeName(v)}`);
      };
    }
    case 'IsNull': {
      const operand = compileExpression(e.operand, scope);
      const neg = e.negated;
      return (row, ctx) => (operand(row, ctx) === null) !== neg;
    }
    case 'TypePredicate': {
      const operand = compileExpression(e.operand, scope);
      const { type, negated } = e;
      return (row, ctx) => isOfType(operand(row, ctx), type) !== negated;
    }
    case 'NormalizedPredicate': {
      const operand = compileExpression(e.operand, scope);
      const { form, negated } = e;
      // Neo4j gives null for a value that is not a string, negated or not.
      return (row, ctx) => {
        const v = operand(row, ctx);
        return typeof v !== 'string' ? null : (v.normalize(form) === v) !== negated;
      };
    }
    case 'Trim': {
      const source = compileExpression(e.source, scope);
      const characters = e.characters ? compileExpression(e.characters, scope) : null;
      const [leading, trailing] = [e.mode !== 'TRAILING', e.mode !== 'LEADING'];
      const keepFirst = e.mode === 'TRAILING' && heldAsUtf8(e.source);
      const fn = scalarFunction(e.mode === 'BOTH' ? 'btrim' : e.mode === 'LEADING' ? 'ltrim' : 'rtrim')!;
      return (row, ctx) => {
        const text = source(row, ctx);
        if (!characters) return fn.fn([text], ctx);
        const chars = characters(row, ctx);
        if (text === null || chars === null) return null;
        if (typeof chars === 'string' && Array.from(chars).length !== 1) {
          throw runtimeArgumentError('InvalidArgumentValue', 'The argument `trimCharacterString` in the `trim()` function must be of length 1');
        }
        if (typeof text === 'string' && typeof chars === 'string') return trimCharacters(text, chars, leading, trailing, keepFirst);
        return fn.fn([text, chars], ctx);
      };
    }
    case 'LabelPredicate': {
      const operand = compileExpression(e.operand, scope);
      const labels = e.labels;
      const lex = e.labelExpression;
      return (row, ctx) => {
        const v = operand(row, ctx);
        if (v === null) return null;
        const have = v instanceof Node ? v.labels : v instanceof Relationship ? [v.type] : null;
        if (have === null) throw runtimeTypeError('InvalidArgumentType', `Label predicate on ${typeName(v)}`);
        if (lex) return labelExpressionMatches(lex, have);
        for (const l of labels) if (!have.includes(l)) return false;
        return true;
      };
    }
    case 'Case': {
      const alts = e.alternatives.map((a) => [compileExpression(a.when, scope), compileExpression(a.then, scope), a.when.kind === 'ExtendedWhen'] as const);
      const dflt = e.default ? compileExpression(e.default, scope) : () => null;
      if (e.test) {
        const test = compileExpression(e.test, scope);
        return (row, ctx) => {
          const t = test(row, ctx);
          // An extended WHEN reads the subject from the row (CaseSubject), as a comprehension
          // reads its variable: bound in the row itself, restored after.
          const saved = row[CASE_SUBJECT];
          row[CASE_SUBJECT] = t;
          try {
            for (const [w, th, extended] of alts) {
              if (extended ? w(row, ctx) === true : cypherEquals(t, w(row, ctx)) === true) {
                row[CASE_SUBJECT] = saved as CypherValue;
                return th(row, ctx);
              }
            }
          } finally {
            row[CASE_SUBJECT] = saved as CypherValue;
          }
          return dflt(row, ctx);
        };
      }
      return (row, ctx) => {
        for (const [w, th] of alts) if (w(row, ctx) === true) return th(row, ctx);
        return dflt(row, ctx);
      };
    }
    case 'ExtendedWhen': {
      const operands = e.operands.map((o) => compileExpression(o, scope));
      return (row, ctx) => {
        for (const operand of operands) if (operand(row, ctx) === true) return true;
        return false;
      };
    }
    case 'CaseSubject':
      return (row) => {
        const v = row[CASE_SUBJECT];
        return v === undefined ? null : v;
      };
    case 'ListComprehension': {
      const source = compileExpression(e.source, scope);
      const name = e.variable.name;
      const inner = scope.with([name]).withoutAggregates();
      const where = e.where ? compileExpression(e.where, inner) : null;
      const proj = e.projection ? compileExpression(e.projection, inner) : null;
      return (row, ctx) => {
        const list = source(row, ctx);
        if (list === null) return null;
        if (!Array.isArray(list)) throw runtimeTypeError('InvalidArgumentType', `Expected a list, got ${typeName(list)}`);
        // Bind the element in the row itself and restore it after: no copy of the row per call.
        const saved = row[name];
        const out: CypherValue[] = [];
        try {
          for (const x of list) {
            ctx.tick();
            row[name] = x;
            if (where && where(row, ctx) !== true) continue;
            out.push(ctx.budget.value(proj ? proj(row, ctx) : x));
          }
        } finally {
          row[name] = saved as CypherValue;
        }
        return out;
      };
    }
    case 'Quantifier': {
      const source = compileExpression(e.source, scope);
      const name = e.variable.name;
      const inner = scope.with([name]).withoutAggregates();
      const where = e.where ? compileExpression(e.where, inner) : () => true;
      const q = e.quantifier;
      return (row, ctx) => {
        const list = source(row, ctx);
        if (list === null) return null;
        if (!Array.isArray(list)) throw runtimeTypeError('InvalidArgumentType', `Expected a list, got ${typeName(list)}`);
        const saved = row[name];
        let trues = 0;
        let nulls = 0;
        try {
          for (const x of list) {
            ctx.tick();
            row[name] = x;
            const v = where(row, ctx);
            if (v === true) trues++;
            else if (v === null) nulls++;
            else if (v !== false) throw runtimeTypeError('InvalidArgumentType', 'Quantifier predicate must be boolean');
          }
        } finally {
          row[name] = saved as CypherValue;
        }
        const falses = list.length - trues - nulls;
        switch (q) {
          case 'all':
            return falses > 0 ? false : nulls > 0 ? null : true;
          case 'any':
            return trues > 0 ? true : nulls > 0 ? null : false;
          case 'none':
            return trues > 0 ? false : nulls > 0 ? null : true;
          case 'single':
            return trues > 1 ? false : nulls > 0 ? null : trues === 1;
        }
      };
    }
    case 'Reduce': {
      const init = compileExpression(e.init, scope);
      const source = compileExpression(e.source, scope);
      const acc = e.accumulator.name;
      const name = e.variable.name;
      const body = compileExpression(e.expression, scope.with([acc, name]));
      return (row, ctx) => {
        const list = source(row, ctx);
        if (list === null) return null;
        if (!Array.isArray(list)) throw runtimeTypeError('InvalidArgumentType', `Expected a list, got ${typeName(list)}`);
        let a = init(row, ctx);
        const savedAcc = row[acc];
        const saved = row[name];
        try {
          for (const x of list) {
            ctx.tick();
            row[acc] = a;
            row[name] = x;
            // The accumulator is the value that grows (`reduce(s = '', x IN … | s + s)`).
            a = ctx.budget.value(body(row, ctx));
          }
        } finally {
          row[acc] = savedAcc as CypherValue;
          row[name] = saved as CypherValue;
        }
        return a;
      };
    }
    case 'MapProjection': {
      const subject = compileExpression(e.variable, scope);
      const items = e.items.map((it) => {
        switch (it.kind) {
          case 'PropertySelector':
            return { kind: 'prop' as const, key: it.key };
          case 'LiteralEntry':
            return { kind: 'value' as const, key: it.key, value: compileExpression(it.value, scope) };
          case 'VariableSelector':
            return { kind: 'value' as const, key: it.variable.name, value: compileExpression(it.variable, scope) };
          case 'AllPropertiesSelector':
            return { kind: 'all' as const, key: '' };
        }
      });
      // Without `.*`, Neo4j builds the projection in a map sized for its items: its keys come in
      // that map's order (functions/neo4j-map-order.ts), known before any row.
      const sized = items.every((it) => it.kind !== 'all') ? projectionKeyOrder([...new Set(items.map((it) => it.key))]) : null;
      return (row, ctx) => {
        const s = subject(row, ctx);
        if (s === null) return null;
        const out: CypherMap = {};
        for (const it of items) {
          if (it.kind === 'prop') out[it.key] = propertyOf(s, it.key, ctx);
          else if (it.kind === 'value') out[it.key] = it.value!(row, ctx);
          else if (s instanceof Node || s instanceof Relationship) {
            for (const [k, v] of Object.entries(s.properties)) if (v !== null && v !== undefined) out[k] = fromStored(v);
          } else if (isCypherMap(s)) Object.assign(out, s);
        }
        if (!sized) return out;
        const ordered: CypherMap = {};
        for (const k of sized) ordered[k] = out[k]!;
        return markInNeo4jOrder(ordered);
      };
    }
    case 'FunctionCall':
      return compileFunctionCall(e, scope);
    case 'CountStar': {
      // validate only lets count(*) through where a projection collects aggregates.
      const slot = scope.aggregates!.add(e, []);
      return (row) => (row[AGG_SLOT] as CypherValue[])[slot]!;
    }
    case 'PatternExpression': {
      return compileExistsPattern(e.pattern, null, scope);
    }
    case 'PatternComprehension':
      return compilePatternComprehension(e, scope);
    case 'ExistsSubquery': {
      if (e.pattern) return compileExistsPattern(e.pattern, e.where, scope);
      const sub = compileSubquery(e.query!, scope);
      return (row, ctx) => sub.exists(row, ctx);
    }
    case 'CountSubquery': {
      if (e.pattern) return compileCountPattern(e.pattern, e.where, scope);
      const sub = compileSubquery(e.query!, scope);
      return (row, ctx) => BigInt(sub.rows(row, ctx).length);
    }
    case 'CollectSubquery':
      return compileCollect(e, scope, null);
  }
}

/**
 * An expression that may hand on a list read straight from a property, compiled to give the value
 * and whether it is such a list: a property of a node or relationship (or of `properties(x)`, a map
 * projection), and coalesce() of them. Neo4j 5.26 keeps a stored list as an array value, which
 * reverse() refuses (`reverse(n.tags)` fails, `reverse(n.tags[0..])` does not). Null for any other
 * expression (a variable is not followed: `WITH n.tags AS t RETURN reverse(t)` fails on Neo4j
 * and reverses here).
 */
function compileStoredTracking(e: A.Expression, scope: CompileScope): ((row: Row, ctx: ExecContext) => [CypherValue, boolean]) | null {
  if (!mayHandOnStoredList(e)) return null;
  if (e.kind === 'PropertyAccess') {
    const obj = compileExpression(e.object, scope);
    const mapOfProperties =
      e.object.kind === 'MapProjection' ||
      (e.object.kind === 'FunctionCall' && e.object.namespace.length === 0 && e.object.name.toLowerCase() === 'properties');
    const key = e.key;
    return (row, ctx) => {
      const o = obj(row, ctx);
      return [propertyOf(o, key, ctx), mapOfProperties || o instanceof Node || o instanceof Relationship];
    };
  }
  if (e.kind === 'FunctionCall' && e.namespace.length === 0 && e.name.toLowerCase() === 'coalesce') {
    const args = e.arguments.map((a): ((row: Row, ctx: ExecContext) => [CypherValue, boolean]) => {
      const tracked = compileStoredTracking(a, scope);
      if (tracked) return tracked;
      const f = compileExpression(a, scope);
      return (row, ctx) => [f(row, ctx), false];
    });
    return (row, ctx) => {
      for (const a of args) {
        const r = a(row, ctx);
        if (r[0] !== null) return r;
      }
      return [null, false];
    };
  }
  return null;
}

/** A property access, or coalesce() of one: what compileStoredTracking follows. */
function mayHandOnStoredList(e: A.Expression): boolean {
  if (e.kind === 'PropertyAccess') return true;
  return e.kind === 'FunctionCall' && e.namespace.length === 0 && e.name.toLowerCase() === 'coalesce' && e.arguments.some(mayHandOnStoredList);
}

/**
 * Whether Neo4j 5.26 holds this expression's string as UTF-8 bytes from the start of their buffer:
 * a literal, a property or a parameter, and what coalesce(), toString(), head(), last(),
 * reverse(), left(), substring(s, 0), CASE or an index hand on of one. Its trailing trim with
 * characters then never takes off the buffer's first byte: `rtrim('aa', 'a')` is 'a', while a
 * string a function builds (`rtrim(toLower('aa'), 'a')`) or one cut further in
 * (`rtrim(right('ba', 1), 'a')`) trims to ''. Found on the server; a variable counts as built, the
 * commoner case in what the differential test generates.
 */
function heldAsUtf8(e: A.Expression): boolean {
  switch (e.kind) {
    case 'StringLiteral':
    case 'PropertyAccess':
    case 'Parameter':
      return true;
    case 'Subscript':
      return heldAsUtf8(e.object);
    case 'ListLiteral':
      return e.elements.every(heldAsUtf8);
    case 'Case':
      return e.alternatives.every((a) => heldAsUtf8(a.then)) && (e.default === null || heldAsUtf8(e.default));
    case 'FunctionCall': {
      const [first, second] = e.arguments;
      const name = e.namespace.length === 0 ? e.name.toLowerCase() : '';
      if (first === undefined || !heldAsUtf8(first)) return false;
      if (name === 'substring') return second?.kind === 'IntegerLiteral' && second.value === 0n;
      return ['left', 'coalesce', 'tostring', 'head', 'last', 'reverse'].includes(name);
    }
    default:
      return false;
  }
}

/**
 * A value compared with a degree: null or a number, which Neo4j takes as an INTEGER (truncated:
 * a degree of 2 is not `< 2.5`), else Neo4j's type error.
 */
function numberForDegree(v: CypherValue): CypherValue {
  if (typeof v === 'number') return Number.isFinite(v) ? BigInt(Math.trunc(v)) : v;
  if (v === null || typeof v === 'bigint') return v;
  throw runtimeTypeError('InvalidArgumentType', `Expected a numeric value but got: ${typeName(v)}`);
}

/**
 * COLLECT { … }, its rows capped at the planner's `limit` when it is indexed or sliced
 * (planner/collect-limit.ts: Neo4j's `LIMIT i + 1`); a negative one fails as a negative LIMIT.
 */
function compileCollect(e: A.CollectSubquery, scope: CompileScope, limit: bigint | null): Expr {
  const sub = compileSubquery(e.query, scope);
  const column = sub.columns[0]!;
  if (limit === null) return (row, ctx) => sub.rows(row, ctx).map((r) => r[column]!);
  return (row, ctx) => {
    if (limit < 0n)
      throw runtimeArgumentError('NegativeIntegerArgument', `LIMIT: Invalid input. '${limit}' is not a valid value. Must be a non-negative integer.`);
    return sub
      .rows(row, ctx)
      .slice(0, Number(limit))
      .map((r) => r[column]!);
  };
}

function compareOnce(op: A.ComparisonOperator, a: CypherValue, b: CypherValue): boolean | null {
  switch (op) {
    case '=':
      return cypherEquals(a, b);
    case '<>': {
      const r = cypherEquals(a, b);
      return r === null ? null : !r;
    }
    default:
      return compareOp(op, a, b);
  }
}

function compileBinary(e: A.BinaryExpression, scope: CompileScope): Expr {
  const l = compileExpression(e.left, scope);
  const r = compileExpression(e.right, scope);
  switch (e.operator) {
    case 'AND':
      return (row, ctx) => {
        const a = boolOf(l(row, ctx), 'AND');
        if (a === false) return false;
        const b = boolOf(r(row, ctx), 'AND');
        if (b === false) return false;
        return a === null || b === null ? null : true;
      };
    case 'OR':
      return (row, ctx) => {
        const a = boolOf(l(row, ctx), 'OR');
        if (a === true) return true;
        const b = boolOf(r(row, ctx), 'OR');
        if (b === true) return true;
        return a === null || b === null ? null : false;
      };
    case 'XOR':
      return (row, ctx) => {
        const a = boolOf(l(row, ctx), 'XOR');
        const b = boolOf(r(row, ctx), 'XOR');
        return a === null || b === null ? null : a !== b;
      };
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
    case '^': {
      const op = e.operator;
      // Only `+` builds lists and strings; their size is checked as they are made.
      if (op === '+')
        return (row, ctx) => {
          const a = l(row, ctx);
          const b = r(row, ctx);
          // Checked before the value exists: `s + s` doubling in a reduce reaches V8's limit fast.
          if (typeof a === 'string' && typeof b === 'string') ctx.budget.string(a.length + b.length);
          else if (Array.isArray(a)) ctx.budget.list(a.length + (Array.isArray(b) ? b.length : 1));
          else if (Array.isArray(b)) ctx.budget.list(b.length + 1);
          return arithmetic(op, a, b);
        };
      return (row, ctx) => arithmetic(op, l(row, ctx), r(row, ctx));
    }
    case '=~': {
      let cachedPattern: string | null = null;
      let cached: RegExp | null = null;
      return (row, ctx) => {
        const s = l(row, ctx);
        const p = r(row, ctx);
        if (s === null || p === null) return null;
        if (typeof s !== 'string' || typeof p !== 'string') return null;
        if (p !== cachedPattern) {
          cachedPattern = p;
          cached = javaRegex(p);
        }
        return cached!.test(s);
      };
    }
    case 'STARTS WITH':
    case 'ENDS WITH':
    case 'CONTAINS': {
      const op = e.operator;
      return (row, ctx) => {
        const s = l(row, ctx);
        const t = r(row, ctx);
        if (typeof s !== 'string' || typeof t !== 'string') return null;
        return op === 'STARTS WITH' ? s.startsWith(t) : op === 'ENDS WITH' ? s.endsWith(t) : s.includes(t);
      };
    }
    case 'IN':
      return (row, ctx) => {
        const x = l(row, ctx);
        const list = r(row, ctx);
        if (list === null) return null;
        if (!Array.isArray(list)) throw runtimeTypeError('InvalidArgumentType', `IN expects a list, got ${typeName(list)}`);
        let unknown = false;
        for (const y of list) {
          const eq = cypherEquals(x, y);
          if (eq === true) return true;
          if (eq === null) unknown = true;
        }
        return unknown ? null : false;
      };
  }
}

function compileFunctionCall(e: A.FunctionCall, scope: CompileScope): Expr {
  const name = functionName(e);
  if (e.namespace.length === 0 && isAggregateName(name)) {
    const collector = scope.aggregates!;
    const args = e.arguments.map((a) => compileExpression(a, collector.argScope));
    const slot = collector.add(e, args);
    return (row) => (row[AGG_SLOT] as CypherValue[])[slot]!;
  }
  const args = e.arguments.map((a) => compileExpression(a, scope));
  const fn = scope.functions.get(name);
  const stored = name === 'reverse' && e.arguments.length === 1 ? compileStoredTracking(e.arguments[0]!, scope) : null;
  if (fn && stored) {
    return (row, ctx) => {
      const [v, fromProperty] = stored(row, ctx);
      if (fromProperty && Array.isArray(v)) {
        throw runtimeTypeError(
          'InvalidArgumentValue',
          "Invalid input for function 'reverse()': Expected a string or a list; consider converting the value to a string with toString() or creating a list.",
        );
      }
      return fn([v], ctx);
    };
  }
  if (fn && name === 'rtrim' && args.length === 2 && heldAsUtf8(e.arguments[0]!)) {
    const [text, chars] = args as [Expr, Expr];
    return (row, ctx) => {
      const t = text(row, ctx);
      const c = chars(row, ctx);
      return typeof t === 'string' && typeof c === 'string' ? trimCharacters(t, c, false, true, true) : fn([t, c], ctx);
    };
  }
  if (fn) {
    if (args.length === 1) {
      const [a0] = args;
      if (a0) return (row, ctx) => fn([a0(row, ctx)], ctx);
    }
    return (row, ctx) =>
      fn(
        args.map((a) => a(row, ctx)),
        ctx,
      );
  }
  throw compileError(undefined, null, 'UnknownFunction', `Unknown function '${[...e.namespace, e.name].join('.')}'`);
}
