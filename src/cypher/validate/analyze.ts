// Semantic analysis of a parsed Cypher query: variable scoping, static types, aggregation and clause rules.
// Raises the TCK's compile-time errors, and records which variables are in scope after every clause.

import type {
  AstNode,
  Clause,
  Expression,
  FunctionCall,
  NodePattern,
  Pattern,
  PatternElement,
  PatternPart,
  Query,
  RelationshipPattern,
  ReturnClause,
  SetItem,
  LabelDynamic,
  LabelExpression,
  SingleQuery,
  Variable,
  QuantifiedPath,
  WithClause,
} from '../ast/ast.js';
import { childrenOf } from '../ast/visitor.js';
import { plainTypeNames } from '../ast/patterns.js';
import { compileError } from '../errors.js';
import { elementAt, type CypherErrorDetail, type CypherErrorType } from '../../errors.js';
import { didYouMean } from '../lexer/did-you-mean.js';
import functionArity from './data/functions.json' with { type: 'json' };
import type { ProcedureLookup } from './procedure-signature.js';
import type { RuleContext } from './rules/rule-context.js';
import { checkImplicitGrouping } from './rules/implicit-grouping.js';
import { checkInTransactions } from './rules/in-transactions.js';
import { checkProcedureCall } from './rules/procedure-call.js';
import { checkSkipLimit } from './rules/skip-limit.js';
import { checkWritableLabels } from './rules/writable-labels.js';
import { checkUnionColumns, checkUnionKind } from './rules/union.js';
import { checkClausePosition, checkQueryEnd, type QueryMode } from './rules/clause-composition.js';
import { checkDeleteForm, checkDeleteType } from './rules/delete.js';
import { importsOuterVariables } from './rules/importing-with.js';
import { checkForeachClause } from './rules/foreach-clauses.js';
import { columnName, containsAggregate, functionName, isAggregateFunction, sameExpression } from '../ast/expressions.js';
import {
  ANY,
  BOOLEAN,
  FLOAT,
  INTEGER,
  MAP,
  NODE,
  NULL,
  PATH,
  RELATIONSHIP,
  RELATIONSHIP_LIST,
  STRING,
  commonType,
  concatenatedElement,
  describeType,
  listOf,
  mayBe,
  type StaticKind,
  type StaticType,
} from './static-type.js';

/** Names in scope and their static types, in binding order. */
export type Scope = ReadonlyMap<string, StaticType>;

/** What the analysis learned, for the planner and executor. */
export interface Analysis {
  /** Variables in scope after each clause (for WITH and RETURN: the projected names). */
  scopeAfter: Map<Clause, Scope>;
  /** The query's result columns: RETURN's names, or [] when it ends with an update or CALL. */
  columns: string[];
}

const MIXED_VAR_LENGTH =
  "Mixing variable-length relationships ('-[*]-') with quantified relationships ('()-->*()') or quantified path patterns ('(()-->())*') is not allowed.";
/**
 * What each argument of these functions may be, with Neo4j 5.26's words for it (the last entry
 * stands for the rest; null takes anything). FLOAT parameters take an INTEGER too; temporal
 * values have no static kind here, so a Duration never fails the check.
 */
type ArgumentKind = [kinds: StaticKind[], expected: string] | null;
const STRING_ARG: ArgumentKind = [['String'], 'String'];
const INTEGER_ARG: ArgumentKind = [['Integer'], 'Integer'];
const FLOAT_ARG: ArgumentKind = [['Integer', 'Float'], 'Float'];
const NUMBER_ARG: ArgumentKind = [['Integer', 'Float'], 'Float or Integer'];
const SUMMABLE_ARG: ArgumentKind = [['Integer', 'Float'], 'Float, Integer or Duration'];
const ARGUMENT_KINDS: Record<string, ArgumentKind[]> = {
  ...Object.fromEntries(['toupper', 'tolower', 'trim', 'normalize'].map((f) => [f, [STRING_ARG]])),
  ...Object.fromEntries(['ltrim', 'rtrim', 'btrim'].map((f) => [f, [STRING_ARG, STRING_ARG]])),
  ...Object.fromEntries(['left', 'right', 'substring'].map((f) => [f, [STRING_ARG, INTEGER_ARG]])),
  replace: [STRING_ARG],
  split: [STRING_ARG, [['String', 'List'], 'String or List<String>']],
  reverse: [[['String', 'List'], 'String or List<T>']],
  tostring: [[['Boolean', 'Integer', 'Float', 'String'], 'Boolean, Float, Integer, Point, String, Duration, Date, Time, LocalTime, LocalDateTime or DateTime']],
  ...Object.fromEntries(
    ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'cot', 'asin', 'acos', 'atan', 'atan2', 'ceil', 'floor', 'degrees', 'radians', 'haversin'].map((f) => [
      f,
      [FLOAT_ARG],
    ]),
  ),
  round: [FLOAT_ARG, INTEGER_ARG, STRING_ARG],
  abs: [NUMBER_ARG],
  sign: [NUMBER_ARG],
  sum: [SUMMABLE_ARG],
  avg: [SUMMABLE_ARG],
  stdev: [FLOAT_ARG],
  stdevp: [FLOAT_ARG],
  percentilecont: [FLOAT_ARG],
  percentiledisc: [FLOAT_ARG],
};

const VAR_LENGTH_PREDICATE = 'Relationship pattern predicates are not supported for variable-length relationships.';

/** Known functions as Neo4j spells them, with `[min, max]` arguments (max -1: any number). */
const FUNCTIONS: Record<string, readonly number[]> = functionArity;
/** The same, keyed by lower-case name, since function names are case-insensitive. */
const ARITY: Record<string, readonly number[]> = Object.fromEntries(Object.entries(FUNCTIONS).map(([name, arity]) => [name.toLowerCase(), arity]));

interface ExprContext {
  scope: Scope;
  /** 'forbidden' outside projections, 'nested' inside an aggregate's arguments. */
  aggregation: 'allowed' | 'forbidden' | 'nested';
  /** A boolean predicate position, where a pattern may stand as an expression. */
  predicate: boolean;
  /** Projected expressions an ORDER BY after DISTINCT or aggregation may repeat. */
  projected?: { expression: Expression; type: StaticType }[];
}

/**
 * Checks `query` and returns its scoping facts; throws the first compile-time CypherError.
 * `source` (the query text) puts the offending line and a caret into messages. With `procedures`,
 * CALLs are checked against the procedures' signatures too (name, arguments, YIELD fields).
 */
export function analyze(query: Query, source?: string, procedures?: ProcedureLookup): Analysis {
  const analyzer = new Analyzer(source, procedures);
  try {
    const { columns } = analyzer.query(query, new Map(), 'top');
    return { scopeAfter: analyzer.scopeAfter, columns };
  } catch (error) {
    if (error instanceof RangeError) throw compileError(source, query.loc, 'UnexpectedSyntax', 'Query is nested too deeply to check');
    throw error;
  }
}

class Analyzer {
  readonly scopeAfter = new Map<Clause, Scope>();

  /** What the rules in rules/ may ask of this pass. */
  private readonly rules: RuleContext;

  constructor(
    private readonly source: string | undefined,
    private readonly procedures: ProcedureLookup | undefined,
  ) {
    this.rules = {
      error: (node, detail, message, type) => this.error(node, detail, message, type),
      constantType: (e) => this.expr(e, { scope: new Map(), aggregation: 'forbidden', predicate: false }),
      procedures,
    };
  }

  private error(node: { loc: AstNode['loc'] }, detail: CypherErrorDetail, message: string, type: CypherErrorType = 'SyntaxError'): Error {
    return compileError(this.source, node.loc, detail, message, type);
  }

  // -------------------------------------------------------------------------------------------
  // Queries and clauses

  /** How many subqueries (CALL, EXISTS, COUNT, COLLECT) enclose the clause being checked. */
  private nesting = -1;

  /** `outer`: the scope each single query starts in, or how to find it (CALL { … } imports per single query). */
  query(query: Query, outer: Scope | ((part: SingleQuery) => Scope), mode: QueryMode): { columns: string[]; scope: Scope } {
    this.nesting++;
    try {
      return this.unionOrSingle(query, outer, mode);
    } finally {
      this.nesting--;
    }
  }

  private unionOrSingle(query: Query, outer: Scope | ((part: SingleQuery) => Scope), mode: QueryMode): { columns: string[]; scope: Scope } {
    const scopeOf = (part: SingleQuery): Scope => (typeof outer === 'function' ? outer(part) : outer);
    if (query.kind === 'SingleQuery') return this.singleQuery(query, scopeOf(query), mode);
    checkUnionKind(this.rules, query);
    let columns: string[] | undefined;
    let scope: Scope = new Map();
    for (const part of query.queries) {
      const result = this.singleQuery(part, scopeOf(part), mode);
      checkUnionColumns(this.rules, part, columns, result.columns);
      columns = result.columns;
      scope = result.scope;
    }
    return { columns: columns ?? [], scope };
  }

  private singleQuery(query: SingleQuery, outer: Scope, mode: QueryMode): { columns: string[]; scope: Scope } {
    let scope: Scope = new Map(outer);
    // The parser gives every single query at least one clause.
    const last = elementAt(query.clauses, query.clauses.length - 1);
    query.clauses.forEach((clause, i) => {
      checkClausePosition(this.rules, clause, i, query.clauses.length, mode);
      scope = this.clause(clause, scope, query.clauses.length === 1);
      this.scopeAfter.set(clause, scope);
    });
    checkQueryEnd(this.rules, last, mode);
    return { columns: last.kind === 'Return' ? [...scope.keys()] : [], scope };
  }

  private clause(clause: Clause, scope: Scope, standalone: boolean): Scope {
    switch (clause.kind) {
      case 'Match': {
        const next = new Map(scope);
        this.bindMatchPattern(clause.pattern, next, 'MATCH');
        this.checkPatternExpressions(clause.pattern, next);
        if (clause.where) this.predicate(clause.where, next);
        return next;
      }
      case 'Unwind': {
        const type = this.expr(clause.expression, { scope, aggregation: 'forbidden', predicate: false });
        if (scope.has(clause.variable.name)) throw this.alreadyBound(clause.variable);
        const next = new Map(scope);
        next.set(clause.variable.name, type.kind === 'List' ? (type.element ?? ANY) : mayBe(type) ? ANY : type);
        return next;
      }
      case 'With':
      case 'Return':
        return this.projection(clause, scope);
      case 'Create': {
        const next = new Map(scope);
        this.bindCreatePattern(clause.pattern.parts, next, false);
        this.checkPatternExpressions(clause.pattern, next);
        return next;
      }
      case 'Merge': {
        const subquery = firstSubquery(clause);
        if (subquery) throw this.error(subquery, 'InvalidClauseComposition', 'Subquery expressions are not allowed in a MERGE clause');
        const next = new Map(scope);
        this.bindCreatePattern([clause.pattern], next, true);
        this.checkPatternExpressions(clause.pattern, next);
        for (const action of clause.actions) for (const item of action.items) this.setItem(item, next);
        return next;
      }
      case 'Set':
        for (const item of clause.items) this.setItem(item, scope);
        return scope;
      case 'Remove':
        for (const item of clause.items) {
          if (item.kind === 'RemoveLabels') {
            this.variable(item.variable, scope);
            for (const d of item.dynamicLabels) this.dynamicLabel(d, scope);
          } else this.expr(item.target, { scope, aggregation: 'forbidden', predicate: false });
        }
        return scope;
      case 'Delete':
        for (const expression of clause.expressions) {
          checkDeleteForm(this.rules, expression);
          const context = { scope, aggregation: 'forbidden' as const, predicate: false };
          // A property of a node or relationship is a property value, never deletable.
          if (expression.kind === 'PropertyAccess' && ['Node', 'Relationship'].includes(this.expr(expression.object, context).kind)) {
            throw this.error(
              expression,
              'InvalidArgumentType',
              'Type mismatch: expected Node, Path or Relationship but was a property value (Boolean, Float, Integer, String, a temporal value or a list of them)',
            );
          }
          checkDeleteType(this.rules, expression, this.expr(expression, context));
        }
        return scope;
      case 'CallProcedure': {
        checkProcedureCall(this.rules, clause, standalone);
        const context: ExprContext = { scope, aggregation: 'forbidden', predicate: false };
        for (const argument of clause.arguments ?? []) this.expr(argument, context);
        if (clause.yieldStar && !standalone) {
          throw this.error(clause, 'UnexpectedSyntax', 'YIELD * is only allowed in a standalone procedure call');
        }
        const next = new Map(scope);
        for (const item of clause.yield ?? []) {
          if (next.has(item.variable.name)) throw this.alreadyBound(item.variable);
          next.set(item.variable.name, ANY);
        }
        if (clause.where) this.predicate(clause.where, next);
        return next;
      }
      case 'CallSubquery': {
        if (clause.inTransactions) checkInTransactions(this.rules, clause.inTransactions, this.nesting > 0);
        let inner: Scope | ((part: SingleQuery) => Scope) = scope;
        if (clause.importVariables) {
          inner = new Map(clause.importVariables.map((v) => [v.name, this.variable(v, scope)]));
        } else if (!clause.importAll) {
          // Without a scope clause, only an importing WITH lets the outer variables in.
          const names = new Set(scope.keys());
          inner = (part) => (importsOuterVariables(this.rules, part, names) ? scope : new Map());
        }
        const { columns, scope: result } = this.query(clause.query, inner, 'call');
        const next = new Map(scope);
        for (const column of columns) {
          if (next.has(column)) throw this.error(clause, 'VariableAlreadyBound', `Variable \`${column}\` already declared`);
          next.set(column, result.get(column) ?? ANY);
        }
        return next;
      }
      case 'Finish':
        return scope;
      case 'Foreach': {
        const listType = this.expr(clause.list, { scope, aggregation: 'forbidden', predicate: false });
        let inner: Scope = new Map([...scope, [clause.variable.name, listType.element ?? ANY]]);
        for (const c of clause.clauses) {
          checkForeachClause(this.rules, c);
          inner = this.clause(c, inner, false);
          this.scopeAfter.set(c, inner);
        }
        return scope;
      }
    }
  }

  private setItem(item: SetItem, scope: Scope): void {
    const context: ExprContext = { scope, aggregation: 'forbidden', predicate: false };
    switch (item.kind) {
      case 'SetProperty':
        this.expr(item.target, context);
        this.expr(item.value, context);
        return;
      case 'SetVariable':
        this.variable(item.variable, scope);
        this.expr(item.value, context);
        return;
      case 'SetLabels':
        this.variable(item.variable, scope);
        for (const d of item.dynamicLabels) this.dynamicLabel(d, scope);
    }
  }

  /** `$(expr)`: the expression names labels or types, so it must be a STRING or a LIST<STRING>. */
  private dynamicLabel(d: LabelDynamic, scope: Scope): void {
    const type = this.expr(d.expression, { scope, aggregation: 'forbidden', predicate: false });
    if (!mayBe(type, 'String') && !(mayBe(type, 'List') && (type.kind !== 'List' || mayBe(type.element ?? ANY, 'String')))) {
      throw this.error(d.expression, 'InvalidArgumentType', `Type mismatch: expected String or List<String> but was ${describeType(type)}`);
    }
  }

  /** The dynamic labels inside a label expression, checked. */
  private dynamicLabels(e: LabelExpression | null, scope: Scope): void {
    if (e === null) return;
    if (e.kind === 'LabelDynamic') this.dynamicLabel(e, scope);
    else if (e.kind === 'LabelNot') this.dynamicLabels(e.operand, scope);
    else if (e.kind === 'LabelAnd' || e.kind === 'LabelOr') for (const o of e.operands) this.dynamicLabels(o, scope);
  }

  /** WITH or RETURN: projected scope, aliases, aggregation, ORDER BY, SKIP, LIMIT, WHERE. */
  private projection(clause: WithClause | ReturnClause, scope: Scope): Scope {
    // `WITH *` with nothing in scope is allowed (e.g. after MATCH () CREATE ()); `RETURN *` is not.
    if (clause.kind === 'Return' && clause.star && scope.size === 0) {
      throw this.error(clause, 'NoVariablesInScope', `${clause.kind.toUpperCase()} * is not allowed when there are no variables in scope`);
    }
    const context: ExprContext = { scope, aggregation: 'allowed', predicate: false };
    const typed = clause.items.map((item) => ({ item, type: this.expr(item.expression, context) }));
    const next = new Map<string, StaticType>();
    if (clause.star) for (const [name, type] of [...scope].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) next.set(name, type);
    const seen = new Set<string>();
    // Reported after the aggregation checks, which Neo4j (and the TCK) put first.
    const unaliased = clause.kind === 'With' ? clause.items.find((item) => !item.alias && item.expression.kind !== 'Variable') : undefined;
    for (const { item, type } of typed) {
      const name = columnName(item);
      if (seen.has(name)) {
        throw this.error(item, 'ColumnNameConflict', `Multiple result columns with the same name \`${name}\` are not supported`);
      }
      seen.add(name);
      next.set(name, type);
    }

    const aggregating = clause.items.some((item) => containsAggregate(item.expression));
    const groupingKeys = clause.items.filter((item) => !containsAggregate(item.expression)).map((i) => i.expression);
    for (const item of clause.items) {
      if (containsAggregate(item.expression)) checkImplicitGrouping(this.rules, item.expression, groupingKeys, new Set());
    }
    // ORDER BY may also name the grouping keys by their aliases.
    const groupingAliases = new Set(clause.items.filter((item) => !containsAggregate(item.expression)).map((item) => columnName(item)));

    if (clause.orderBy) {
      const restricted = clause.distinct || aggregating;
      const orderScope = restricted ? next : new Map([...scope, ...next]);
      const orderContext: ExprContext = {
        scope: orderScope,
        aggregation: aggregating ? 'allowed' : 'forbidden',
        predicate: false,
        projected: restricted ? typed.map(({ item, type }) => ({ expression: item.expression, type })) : undefined,
      };
      for (const sort of clause.orderBy) {
        this.expr(sort.expression, orderContext);
        if (aggregating && containsAggregate(sort.expression)) {
          checkImplicitGrouping(this.rules, sort.expression, groupingKeys, groupingAliases);
        }
      }
    }
    if (unaliased) throw this.error(unaliased, 'NoExpressionAlias', 'Expression in WITH must be aliased (use AS)');
    if (clause.skip) checkSkipLimit(this.rules, clause.skip, 'SKIP');
    if (clause.limit) checkSkipLimit(this.rules, clause.limit, 'LIMIT');
    // WITH ... WHERE sees the projected names and, as Neo4j allows, the variables before WITH.
    if (clause.kind === 'With' && clause.where) this.predicate(clause.where, new Map([...scope, ...next]));
    return next;
  }

  // -------------------------------------------------------------------------------------------
  // Patterns

  /** Binds the variables of a MATCH (or pattern-predicate) pattern into `scope`, checking reuse. */
  private bindMatchPattern(pattern: Pattern, scope: Map<string, StaticType>, where: string): void {
    const relationshipsHere = new Set<string>();
    const selective = pattern.parts.find((p) => p.selector !== null);
    if (selective && pattern.parts.length > 1) {
      throw this.error(selective, 'UnexpectedSyntax', 'Multiple path patterns cannot be used in the same clause in combination with a selective path selector');
    }
    const relationships = pattern.parts.flatMap((p) => p.element.relationships);
    const quantified = relationships.find((r) => r.quantified || r.quantifier);
    const varLength = relationships.find((r) => r.length && !r.quantified && !r.quantifier);
    if (quantified && varLength) throw this.error(varLength, 'UnexpectedSyntax', MIXED_VAR_LENGTH);
    for (const part of pattern.parts) {
      if (part.shortest && part.element.relationships.length !== 1)
        throw this.error(part, 'InvalidArgumentType', `${part.shortest}() requires a pattern with a single relationship`);
      const only = part.element.relationships[0];
      if (part.shortest && only && (only.quantified || only.quantifier))
        throw this.error(
          only,
          'UnexpectedSyntax',
          `${part.shortest}(...) contains quantified pattern. This is currently not supported; use SHORTEST 1 or ALL SHORTEST`,
        );
      // Neo4j 5.26 refuses both (its shortest-path search starts at length 0 or 1, and it checks
      // no per-step predicate): silently answering would give paths Neo4j never gives.
      if (part.shortest && only?.length && only.length.min !== null && only.length.min > 1)
        throw this.error(only, 'InvalidArgumentValue', `${part.shortest}(...) does not support a minimal length different from 0 or 1`);
      if (part.shortest && only?.where) throw this.error(only.where, 'UnexpectedSyntax', VAR_LENGTH_PREDICATE);
      if (part.shortest && only?.typeExpression && !plainTypeNames(only.typeExpression)) {
        throw this.error(only.typeExpression, 'InvalidRelationshipPattern', 'Variable length relationships must not use relationship type expressions.');
      }
      this.bindElement(part.element, scope, relationshipsHere, where);
      if (part.variable) this.bindPath(part.variable, scope);
    }
  }

  private bindElement(element: PatternElement, scope: Map<string, StaticType>, relationshipsHere: Set<string>, where: string): void {
    element.nodes.forEach((node, i) => {
      this.bindNode(node, scope, where);
      const rel = element.relationships[i];
      if (rel) this.bindRelationship(rel, scope, relationshipsHere, where);
    });
  }

  private bindNode(node: NodePattern, scope: Map<string, StaticType>, where: string): void {
    if (where !== 'pattern' && node.properties?.kind === 'Parameter') {
      throw this.error(node.properties, 'InvalidParameterUse', `Parameter maps cannot be used in ${where} patterns (use a literal map, e.g. {id: $param.id})`);
    }
    if (!node.variable) return;
    const existing = scope.get(node.variable.name);
    if (existing === undefined) scope.set(node.variable.name, NODE);
    else if (!mayBe(existing, 'Node')) throw this.typeConflict(node.variable, existing, 'Node');
  }

  private bindRelationship(rel: RelationshipPattern, scope: Map<string, StaticType>, relationshipsHere: Set<string>, where: string): void {
    if (where !== 'pattern' && rel.properties?.kind === 'Parameter') {
      throw this.error(rel.properties, 'InvalidParameterUse', `Parameter maps cannot be used in ${where} patterns (use a literal map, e.g. {id: $param.id})`);
    }
    if (rel.quantified) return this.bindQuantified(rel.quantified, scope, relationshipsHere, where);
    // `-[r*1..3 WHERE p]->`: Neo4j refuses it (the quantified `-[r WHERE p]->{1,3}` is the way).
    if (rel.length && !rel.quantifier && rel.where) throw this.error(rel.where, 'UnexpectedSyntax', VAR_LENGTH_PREDICATE);
    if (!rel.variable) return;
    const name = rel.variable.name;
    const type = rel.length ? RELATIONSHIP_LIST : RELATIONSHIP;
    const existing = scope.get(name);
    if (existing === undefined) {
      scope.set(name, type);
      relationshipsHere.add(name);
      return;
    }
    const compatible = rel.length
      ? mayBe(existing, 'List') && (existing.kind !== 'List' || mayBe(existing.element ?? ANY, 'Relationship'))
      : mayBe(existing, 'Relationship');
    if (!compatible) throw this.typeConflict(rel.variable, existing, rel.length ? 'List<Relationship>' : 'Relationship');
    if (relationshipsHere.has(name)) {
      throw this.error(rel.variable, 'RelationshipUniquenessViolation', `Cannot use the same relationship variable \`${name}\` for multiple relationships`);
    }
  }

  /**
   * A quantified path's variables are group variables: lists outside it, one element per
   * repetition. They may not be bound before, nor occur outside it in the same pattern.
   */
  private bindQuantified(q: QuantifiedPath, scope: Map<string, StaticType>, relationshipsHere: Set<string>, where: string): void {
    const inner = new Map<string, StaticType>();
    this.bindElement(q.element, inner, new Set(), where);
    for (const variable of patternVariables(q.element)) {
      if (scope.has(variable.name)) {
        throw this.error(
          q,
          'VariableAlreadyBound',
          `The variable \`${variable.name}\` occurs both inside and outside a quantified path pattern and needs to be renamed`,
        );
      }
    }
    for (const [name, type] of inner) {
      scope.set(name, listOf(type));
      if (type.kind === 'Relationship') relationshipsHere.add(name);
    }
  }

  private bindPath(variable: Variable, scope: Map<string, StaticType>): void {
    if (scope.has(variable.name)) throw this.alreadyBound(variable);
    scope.set(variable.name, PATH);
  }

  /** Quantified relationships and path patterns belong to MATCH (and subqueries' patterns) only. */
  private noQuantifiedPattern(element: PatternElement, where: string): void {
    const quantified = element.relationships.find((r) => r.quantified || r.quantifier);
    if (quantified) {
      throw this.error(quantified, 'UnexpectedSyntax', `Quantified path patterns cannot be used in ${where}, but only in a MATCH clause`);
    }
  }

  /** CREATE and MERGE: only new elements, each relationship with one type and a direction. */
  private bindCreatePattern(parts: PatternPart[], scope: Map<string, StaticType>, merge: boolean): void {
    const clause = merge ? 'MERGE' : 'CREATE';
    for (const part of parts) {
      this.noQuantifiedPattern(part.element, `a ${clause} clause`);
      const element = part.element;
      element.nodes.forEach((node, i) => {
        if (node.labelExpression) checkWritableLabels(this.rules, node.labelExpression, 'labels', clause);
        if (merge && node.properties?.kind === 'Parameter') {
          throw this.error(node.properties, 'InvalidParameterUse', 'Parameter maps cannot be used in MERGE patterns (use a literal map, e.g. {id: $param.id})');
        }
        if (node.variable) {
          const existing = scope.get(node.variable.name);
          if (existing !== undefined) {
            if (node.labels.length || node.labelExpression || node.properties || element.relationships.length === 0) {
              throw this.alreadyBound(
                node.variable,
                `Can't create node \`${node.variable.name}\` with labels or properties here: the variable is already declared`,
              );
            }
            if (!mayBe(existing, 'Node')) throw this.typeConflict(node.variable, existing, 'Node');
          } else {
            scope.set(node.variable.name, NODE);
          }
        }
        const rel = element.relationships[i];
        if (!rel) return;
        if (rel.variable && scope.has(rel.variable.name)) {
          throw this.alreadyBound(rel.variable, `Can't create relationship \`${rel.variable.name}\`: the variable is already declared`);
        }
        if (rel.typeExpression) checkWritableLabels(this.rules, rel.typeExpression, 'types', clause);
        else if (rel.types.length !== 1) {
          throw this.error(rel, 'NoSingleRelationshipType', `A relationship in ${clause} must have exactly one type`);
        }
        if (rel.length) throw this.error(rel, 'CreatingVarLength', `Variable length relationships cannot be used in ${clause}`);
        if (!merge && rel.direction === 'none') {
          throw this.error(rel, 'RequiresDirectedRelationship', 'Only directed relationships are supported in CREATE');
        }
        if (merge && rel.properties?.kind === 'Parameter') {
          throw this.error(rel.properties, 'InvalidParameterUse', 'Parameter maps cannot be used in MERGE patterns (use a literal map, e.g. {id: $param.id})');
        }
        if (rel.variable) scope.set(rel.variable.name, RELATIONSHIP);
      });
      if (part.variable) this.bindPath(part.variable, scope);
    }
  }

  /** Property maps and inline WHERE of a pattern, once its variables are bound. */
  private checkPatternExpressions(pattern: Pattern | PatternPart | PatternElement, scope: Scope): void {
    const elements = pattern.kind === 'Pattern' ? pattern.parts.map((p) => p.element) : pattern.kind === 'PatternPart' ? [pattern.element] : [pattern];
    const context: ExprContext = { scope, aggregation: 'forbidden', predicate: false };
    for (const element of elements) {
      if (element.where) this.predicate(element.where, scope);
      for (const item of [...element.nodes, ...element.relationships]) {
        if (item.kind === 'RelationshipPattern' && item.quantified) {
          // Inside, a group variable is one repetition's node or relationship.
          const inner = new Map(scope);
          for (const v of patternVariables(item.quantified.element)) inner.delete(v.name);
          this.bindElement(item.quantified.element, inner, new Set(), 'pattern');
          this.checkPatternExpressions(item.quantified.element, inner);
          if (item.quantified.where) this.predicate(item.quantified.where, inner);
          continue;
        }
        this.dynamicLabels(item.kind === 'NodePattern' ? item.labelExpression : item.typeExpression, scope);
        const single = item.kind === 'RelationshipPattern' && item.quantifier && item.variable ? new Map(scope).set(item.variable.name, RELATIONSHIP) : scope;
        if (item.properties) this.expr(item.properties, { ...context, scope: single });
        if (item.where) this.predicate(item.where, single);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  /** A WHERE condition: a predicate position that must be boolean. */
  private predicate(expression: Expression, scope: Scope): void {
    const type = this.expr(expression, { scope, aggregation: 'forbidden', predicate: true });
    this.expectBoolean(expression, type);
  }

  private expectBoolean(expression: Expression, type: StaticType): void {
    if (!mayBe(type, 'Boolean')) {
      throw this.error(typedAt(expression), 'InvalidArgumentType', `Type mismatch: expected Boolean but was ${describeType(type)}`);
    }
  }

  private expectNumber(expression: Expression, type: StaticType): void {
    if (!mayBe(type, 'Integer', 'Float')) {
      throw this.error(typedAt(expression), 'InvalidArgumentType', `Type mismatch: expected a number but was ${describeType(type)}`);
    }
  }

  private variable(variable: Variable, scope: Scope): StaticType {
    const type = scope.get(variable.name);
    if (type === undefined) {
      const hint = didYouMean(variable.name, scope.keys());
      throw this.error(variable, 'UndefinedVariable', `Variable \`${variable.name}\` not defined.${hint}`);
    }
    return type;
  }

  private alreadyBound(variable: Variable, message = `Variable \`${variable.name}\` already declared`): Error {
    return this.error(variable, 'VariableAlreadyBound', message);
  }

  private typeConflict(variable: Variable, existing: StaticType, wanted: string): Error {
    return this.error(
      variable,
      'VariableTypeConflict',
      `Type mismatch: \`${variable.name}\` defined with conflicting type ${describeType(existing)} (expected ${wanted})`,
    );
  }

  /** Checks `e` in `context` and returns its static type. */
  private expr(e: Expression, context: ExprContext): StaticType {
    if (context.projected) {
      const match = context.projected.find((p) => sameExpression(p.expression, e));
      if (match) return match.type;
    }
    const sub = (x: Expression, predicate = false): StaticType => this.expr(x, { ...context, predicate });
    switch (e.kind) {
      case 'IntegerLiteral':
        return INTEGER;
      case 'FloatLiteral':
        return FLOAT;
      case 'StringLiteral':
        return STRING;
      case 'BooleanLiteral':
        return BOOLEAN;
      case 'NullLiteral':
        return NULL;
      case 'ListLiteral':
        return listOf(commonType(e.elements.map((x) => sub(x))));
      case 'MapLiteral':
        for (const entry of e.entries) sub(entry.value);
        return MAP;
      case 'Parameter':
        return ANY;
      case 'Variable':
        return this.variable(e, context.scope);
      case 'PropertyAccess': {
        const type = sub(e.object);
        if (type.kind === 'Path') {
          throw this.error(e, 'InvalidArgumentType', `Type mismatch: a path has no properties (\`.${e.key}\`)`);
        }
        if (!mayBe(type, 'Map', 'Node', 'Relationship')) {
          throw this.error(e, 'InvalidArgumentType', `Type mismatch: expected a map, node or relationship but was ${describeType(type)}`, 'TypeError');
        }
        return ANY;
      }
      case 'Subscript': {
        // Only types written in place count here: through a variable the TCK expects the
        // type error at run time (List1 [6], [8]).
        const inPlace = (x: Expression, t: StaticType): StaticType => (x.kind === 'Variable' ? ANY : t);
        const objectType = sub(e.object);
        const type = inPlace(e.object, objectType);
        const index = inPlace(e.index, sub(e.index));
        // A STRING is no list to Neo4j 5 either: `'abc'[0]` is refused before running.
        if (type.kind === 'String') throw this.error(e, 'InvalidArgumentType', 'Type mismatch: expected List<T> but was String');
        if (!mayBe(type, 'List', 'Map', 'Node', 'Relationship')) {
          throw this.error(e, 'InvalidArgumentType', `Type mismatch: expected a list or map to subscript but was ${describeType(type)}`);
        }
        if (type.kind === 'List' && !mayBe(index, 'Integer')) {
          throw this.error(e.index, 'InvalidArgumentType', `Type mismatch: a list index must be an Integer but was ${describeType(index)}`);
        }
        if ((type.kind === 'Map' || type.kind === 'Node' || type.kind === 'Relationship') && !mayBe(index, 'String')) {
          throw this.error(e.index, 'InvalidArgumentType', `Type mismatch: a map key must be a String but was ${describeType(index)}`);
        }
        return objectType.kind === 'List' ? (objectType.element ?? ANY) : ANY;
      }
      case 'Slice': {
        const type = sub(e.object);
        if (e.from) sub(e.from);
        if (e.to) sub(e.to);
        // Neo4j refuses a slice of what the text proves is no list (`2[0..1]`, `'abc'[0..1]`);
        // at run time it slices any other value as the list of that one value.
        if (!mayBe(type, 'List')) throw this.error(e.object, 'InvalidArgumentType', `Type mismatch: expected List<T> but was ${describeType(type)}`);
        return type.kind === 'List' ? type : ANY;
      }
      case 'Binary':
        return this.binary(e, context);
      case 'Comparison':
        for (const operand of e.operands) sub(operand);
        return BOOLEAN;
      case 'Unary': {
        if (e.operator === 'NOT') {
          this.expectBoolean(e.operand, sub(e.operand, true));
          return BOOLEAN;
        }
        const type = sub(e.operand);
        this.expectNumber(e.operand, type);
        return mayBe(type) ? ANY : type;
      }
      case 'IsNull':
      case 'TypePredicate':
      case 'NormalizedPredicate':
        sub(e.operand);
        return BOOLEAN;
      case 'Trim':
        if (e.characters) sub(e.characters);
        sub(e.source);
        return ANY;
      case 'LabelPredicate': {
        const type = sub(e.operand);
        if (e.operand.kind !== 'Variable' && !mayBe(type, 'Node', 'Relationship')) {
          throw this.error(e, 'InvalidArgumentType', `Type mismatch: a label test needs a node or relationship but was ${describeType(type)}`);
        }
        return BOOLEAN;
      }
      case 'Case': {
        if (e.test) sub(e.test);
        const results: StaticType[] = [];
        for (const alternative of e.alternatives) {
          const when = sub(alternative.when, !e.test);
          // A generic CASE tests conditions: what the text proves is no boolean is refused.
          if (!e.test) this.expectBoolean(alternative.when, when);
          results.push(sub(alternative.then));
        }
        if (e.default) results.push(sub(e.default));
        return commonType(results);
      }
      case 'ExtendedWhen':
        for (const operand of e.operands) sub(operand, true);
        return BOOLEAN;
      case 'CaseSubject':
        // The CASE's subject, of whatever type it has: its operands are checked at run time.
        return ANY;
      case 'ListComprehension':
      case 'Quantifier': {
        const source = sub(e.source);
        const inner = this.local(context, [[e.variable.name, source.kind === 'List' ? (source.element ?? ANY) : ANY]]);
        if (e.where) this.expectBoolean(e.where, this.expr(e.where, { ...inner, predicate: true }));
        if (e.kind === 'Quantifier') return BOOLEAN;
        return e.projection ? listOf(this.expr(e.projection, inner)) : source.kind === 'List' ? source : listOf(ANY);
      }
      case 'Reduce': {
        const init = sub(e.init);
        const source = sub(e.source);
        const inner = this.local(context, [
          [e.accumulator.name, mayBe(init) ? ANY : init],
          [e.variable.name, source.kind === 'List' ? (source.element ?? ANY) : ANY],
        ]);
        this.expr(e.expression, inner);
        return ANY;
      }
      case 'PatternComprehension': {
        this.noQuantifiedPattern(e.pattern, 'a pattern comprehension');
        const scope = new Map(context.scope);
        this.bindElement(e.pattern, scope, new Set(), 'pattern');
        if (e.variable) {
          if (scope.has(e.variable.name)) throw this.alreadyBound(e.variable);
          scope.set(e.variable.name, PATH);
        }
        this.checkPatternExpressions(e.pattern, scope);
        const inner: ExprContext = { scope, aggregation: 'forbidden', predicate: false };
        if (e.where) this.expectBoolean(e.where, this.expr(e.where, { ...inner, predicate: true }));
        return listOf(this.expr(e.projection, inner));
      }
      case 'PatternExpression': {
        if (!context.predicate) {
          throw this.error(e, 'UnexpectedSyntax', 'A pattern expression can only be used as a predicate (e.g. in WHERE); use EXISTS { } or COUNT { }');
        }
        this.noQuantifiedPattern(e.pattern, 'a pattern expression');
        for (const item of [...e.pattern.nodes, ...e.pattern.relationships]) {
          if (item.variable) this.variable(item.variable, context.scope);
        }
        this.checkPatternExpressions(e.pattern, context.scope);
        return BOOLEAN;
      }
      case 'ExistsSubquery':
      case 'CountSubquery': {
        if (e.query) {
          this.query(e.query, context.scope, 'exists');
        } else if (e.pattern) {
          const scope = new Map(context.scope);
          this.bindMatchPattern(e.pattern, scope, 'pattern');
          this.checkPatternExpressions(e.pattern, scope);
          if (e.where) this.predicate(e.where, scope);
        }
        return e.kind === 'ExistsSubquery' ? BOOLEAN : INTEGER;
      }
      case 'CollectSubquery': {
        const { columns } = this.query(e.query, context.scope, 'collect');
        if (columns.length !== 1) {
          throw this.error(e, 'InvalidClauseComposition', 'A COLLECT subquery must return exactly one column');
        }
        return listOf(ANY);
      }
      case 'MapProjection': {
        this.variable(e.variable, context.scope);
        for (const item of e.items) {
          if (item.kind === 'LiteralEntry') sub(item.value);
          else if (item.kind === 'VariableSelector') this.variable(item.variable, context.scope);
        }
        return MAP;
      }
      case 'CountStar':
        this.aggregateAllowed(e, context);
        return INTEGER;
      case 'FunctionCall':
        return this.functionCall(e, context);
    }
  }

  private local(context: ExprContext, bindings: [string, StaticType][]): ExprContext {
    return { scope: new Map([...context.scope, ...bindings]), aggregation: 'forbidden', predicate: false };
  }

  private aggregateAllowed(e: Expression, context: ExprContext): void {
    if (context.aggregation === 'forbidden') {
      throw this.error(e, 'InvalidAggregation', 'Aggregation is only allowed in WITH and RETURN projections (and their ORDER BY)');
    }
    if (context.aggregation === 'nested') {
      throw this.error(e, 'NestedAggregation', 'Aggregations cannot be nested inside other aggregations');
    }
  }

  private binary(e: Expression & { kind: 'Binary' }, context: ExprContext): StaticType {
    const logical = e.operator === 'AND' || e.operator === 'OR' || e.operator === 'XOR';
    // An operand of AND / OR / XOR is a boolean context: Neo4j 5 takes a pattern expression there
    // anywhere (`RETURN n.x IS NULL AND (n)-->()`), not only in WHERE.
    const left = this.expr(e.left, { ...context, predicate: logical });
    const right = this.expr(e.right, { ...context, predicate: logical });
    switch (e.operator) {
      case 'AND':
      case 'OR':
      case 'XOR':
        this.expectBoolean(e.left, left);
        this.expectBoolean(e.right, right);
        return BOOLEAN;
      case 'IN':
        if (!mayBe(right, 'List')) {
          throw this.error(e.right, 'InvalidArgumentType', `Type mismatch: IN expects a list but was ${describeType(right)}`);
        }
        return BOOLEAN;
      case '=~':
        // A regular expression match takes strings only: Neo4j refuses a list, map or graph element
        // the text proves, and a written number or boolean; not an element read out of a list
        // (`[0, null][0] =~ 'a'` runs on Neo4j: a null in the list makes its elements Any there).
        for (const [side, type] of [
          [e.left, left],
          [e.right, right],
        ] as const) {
          const written = side.kind === 'IntegerLiteral' || side.kind === 'FloatLiteral' || side.kind === 'BooleanLiteral';
          if (!mayBe(type, 'String') && (written || ['List', 'Map', 'Node', 'Relationship', 'Path', 'Mixed', 'Number', 'Union'].includes(type.kind)))
            throw this.error(side, 'InvalidArgumentType', `Type mismatch: expected String but was ${describeType(type)}`);
        }
        return BOOLEAN;
      case 'STARTS WITH':
      case 'ENDS WITH':
      case 'CONTAINS':
        return BOOLEAN;
      case '+':
        // list + list concatenates, list + x appends (or prepends) x.
        if (isList(left) || isList(right)) return listOf(concatenatedElement(left, right));
        // A value of the type Any itself adds to a list only (Neo4j: `expected List<T>`), and a
        // number or string takes no such value.
        if (left.kind === 'Mixed' || left.kind === 'Number') {
          if (!mayBe(right, 'List')) throw this.error(e.right, 'InvalidArgumentType', `Type mismatch: expected List<T> but was ${describeType(right)}`);
        } else if ((right.kind === 'Mixed' || right.kind === 'Number') && !mayBe(left, 'List')) {
          throw this.error(e.right, 'InvalidArgumentType', `Type mismatch: expected Float, Integer, String or List<T> but was ${describeType(right)}`);
        }
        // STRING + a temporal value the text builds is refused, as Neo4j 5.26 does (met only at
        // run time, the two concatenate: arithmetic.ts).
        if (left.kind === 'String' && temporalCall(e.right)) {
          throw this.error(e.right, 'InvalidArgumentType', `Type mismatch: expected Float, Integer, String or List<T> but was ${temporalCall(e.right)}`);
        }
        if (right.kind === 'String' && temporalCall(e.left)) {
          throw this.error(e, 'InvalidArgumentType', `Type mismatch: cannot add ${temporalCall(e.left)} and String`);
        }
        if (left.kind === 'String' || right.kind === 'String') return STRING;
        // Booleans do not add to numbers or booleans (other mixes are left to run time).
        if (
          (left.kind === 'Boolean' && ['Integer', 'Float', 'Boolean'].includes(right.kind)) ||
          (right.kind === 'Boolean' && ['Integer', 'Float'].includes(left.kind))
        ) {
          throw this.error(e, 'InvalidArgumentType', `Type mismatch: cannot add ${describeType(left)} and ${describeType(right)}`);
        }
        return numericResult(left, right);
      default:
        this.expectNumber(e.left, left);
        this.expectNumber(e.right, right);
        return e.operator === '^' ? (mayBe(left) || mayBe(right) ? ANY : FLOAT) : numericResult(left, right);
    }
  }

  private functionCall(e: FunctionCall, context: ExprContext): StaticType {
    const name = functionName(e);
    const arity = ARITY[name];
    if (!arity) {
      const written = [...e.namespace, e.name].join('.');
      throw this.error(e, 'UnknownFunction', `Unknown function '${written}'.${didYouMean(written, Object.keys(FUNCTIONS))}`);
    }
    const [min = 0, max = -1] = arity;
    if (e.arguments.length < min || (max >= 0 && e.arguments.length > max)) {
      throw this.error(
        e,
        'InvalidNumberOfArguments',
        `${e.name}() takes ${min === max ? min : max < 0 ? `at least ${min}` : `${min} to ${max}`} argument(s), got ${e.arguments.length}`,
      );
    }
    let inner = context;
    if (isAggregateFunction(name)) {
      this.aggregateAllowed(e, context);
      inner = { ...context, aggregation: 'nested' };
      if (e.arguments.some((a) => callsFunction(a, 'rand'))) {
        throw this.error(e, 'NonConstantExpression', 'Aggregation arguments cannot use rand()');
      }
    }
    // Neo4j 5 keeps exists() for patterns only.
    const [firstArgument] = e.arguments;
    if (name === 'exists' && e.arguments.length === 1 && firstArgument && firstArgument.kind !== 'PatternExpression') {
      if (firstArgument.kind === 'PropertyAccess') {
        throw this.error(
          e,
          'UnexpectedSyntax',
          'The property existence syntax `... exists(variable.property)` is no longer supported. Please use `variable.property IS NOT NULL` instead.',
        );
      }
      throw this.error(firstArgument, 'UnexpectedSyntax', 'Argument to exists(...) is not a pattern');
    }
    const args = e.arguments.map((a) => this.expr(a, { ...inner, predicate: name === 'exists' }));
    // An argument whose type the text proves wrong is refused before any row, as Neo4j does.
    const signature = ARGUMENT_KINDS[name];
    if (signature)
      args.forEach((type, i) => {
        const wanted = signature[Math.min(i, signature.length - 1)];
        if (wanted && !mayBe(type, ...wanted[0]))
          throw this.error(typedAt(e.arguments[i] ?? e), 'InvalidArgumentType', `Type mismatch: expected ${wanted[1]} but was ${describeType(type)}`);
      });
    const first = args[0] ?? ANY;
    const wrongArgument = (expected: string): Error =>
      this.error(firstArgument ?? e, 'InvalidArgumentType', `Type mismatch: ${e.name}() expected ${expected} but was ${describeType(first)}`);
    switch (name) {
      case 'labels':
        if (!mayBe(first, 'Node')) throw wrongArgument('a node');
        return listOf(STRING);
      case 'type':
        if (!mayBe(first, 'Relationship')) throw wrongArgument('a relationship');
        return STRING;
      case 'properties':
        if (!mayBe(first, 'Node', 'Relationship', 'Map')) throw wrongArgument('a node, relationship or map');
        return MAP;
      case 'size':
        if (!mayBe(first, 'List', 'String')) throw wrongArgument('a list or string');
        return INTEGER;
      case 'length':
        if (!mayBe(first, 'Path', 'List', 'String')) throw wrongArgument('a path');
        return INTEGER;
      case 'count':
        return INTEGER;
      case 'collect':
        return listOf(first);
      case 'nodes':
        if (!mayBe(first, 'Path')) throw wrongArgument('a path');
        return listOf(NODE);
      case 'relationships':
        if (!mayBe(first, 'Path')) throw wrongArgument('a path');
        return RELATIONSHIP_LIST;
      case 'startnode':
      case 'endnode':
        return NODE;
      case 'keys':
        if (!mayBe(first, 'Node', 'Relationship', 'Map')) throw wrongArgument('a node, relationship or map');
        return listOf(STRING);
      case 'tostring':
      case 'tolower':
      case 'toupper':
      case 'trim':
      case 'ltrim':
      case 'rtrim':
      case 'btrim':
      case 'normalize':
      case 'substring':
      case 'replace':
      case 'left':
      case 'right':
        return STRING;
      case 'exists':
      case 'isempty':
        return BOOLEAN;
      case 'range':
        return listOf(INTEGER);
      case 'reverse':
      case 'tail':
        return first.kind === 'List' || (name === 'reverse' && first.kind === 'String') ? first : ANY;
      case 'head':
      case 'last':
        // The element of a list the text types, where Neo4j would refuse it as an argument.
        return first.kind === 'List' && first.element && refusable(first.element) ? first.element : ANY;
      case 'split':
        return listOf(STRING);
      default:
        return ANY;
    }
  }
}

/** The temporal type a call builds (`duration(…)`, `date.truncate(…)`, `duration.between(…)`), or null. */
function temporalCall(e: Expression): string | null {
  if (e.kind !== 'FunctionCall') return null;
  return TEMPORAL_TYPES[(e.namespace[0] ?? e.name).toLowerCase()] ?? null;
}

const TEMPORAL_TYPES: Record<string, string> = {
  date: 'Date',
  time: 'Time',
  localtime: 'LocalTime',
  datetime: 'DateTime',
  localdatetime: 'LocalDateTime',
  duration: 'Duration',
};

/** Where Neo4j places an expression in a type error: a subscript `l[i]` at its index. */
function typedAt(e: Expression): Expression {
  return e.kind === 'Subscript' ? e.index : e;
}

/** A list of a known element type, or a union of such (not an unknown value, which may be one). */
function isList(t: StaticType): boolean {
  return t.kind === 'List' || (t.kind === 'Union' && (t.members ?? []).some((m) => m.kind === 'List'));
}

/** A type no single kind is: what only list concatenation makes. */
function refusable(t: StaticType): boolean {
  return t.kind === 'Mixed' || t.kind === 'Number' || t.kind === 'Union';
}

function numericResult(left: StaticType, right: StaticType): StaticType {
  if (left.kind === 'Integer' && right.kind === 'Integer') return INTEGER;
  if ((left.kind === 'Float' || left.kind === 'Integer') && (right.kind === 'Float' || right.kind === 'Integer')) return FLOAT;
  return ANY;
}

function callsFunction(node: AstNode, name: string): boolean {
  if (node.kind === 'FunctionCall' && functionName(node) === name) return true;
  return childrenOf(node).some((child) => callsFunction(child, name));
}

/** The variables written in a pattern element (nodes and relationships, not inside expressions). */
function patternVariables(element: PatternElement): Variable[] {
  const found: Variable[] = [];
  element.nodes.forEach((n, i) => {
    if (n.variable) found.push(n.variable);
    const r = element.relationships[i];
    if (r?.variable) found.push(r.variable);
    if (r?.quantified) found.push(...patternVariables(r.quantified.element));
  });
  return found;
}

/** The first EXISTS / COUNT / COLLECT subquery inside `node`, if any. */
function firstSubquery(node: AstNode): AstNode | null {
  if (node.kind === 'ExistsSubquery' || node.kind === 'CountSubquery' || node.kind === 'CollectSubquery') return node;
  for (const child of childrenOf(node)) {
    const found = firstSubquery(child);
    if (found) return found;
  }
  return null;
}
