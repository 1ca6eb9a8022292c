// A hand-written recursive-descent parser from Cypher tokens to the AST, one parseX() per rule.
// Syntax errors are compile-time CypherErrors naming what was expected, with a caret under the fault.

import type {
  CaseAlternative,
  CaseExpression,
  Clause,
  CypherType,
  ComparisonOperator,
  Expression,
  LabelDynamic,
  LabelExpression,
  Loc,
  MapEntry,
  MapLiteral,
  MapProjection,
  MapProjectionItem,
  MergeAction,
  NodePattern,
  Pattern,
  PatternElement,
  PatternPart,
  PatternProperties,
  PathSelector,
  Paging,
  ProjectionBody,
  ProjectionItem,
  QuantifiedPath,
  PropertyAccess,
  Query,
  RelationshipPattern,
  RelationshipRange,
  RemoveItem,
  SetItem,
  SingleQuery,
  SortItem,
  Variable,
  YieldItem,
  CallProcedureClause,
  CallSubqueryClause,
  ForeachClause,
  InTransactions,
  BinaryOperator,
} from '../ast/ast.js';
import { hasDynamicLabel, plainTypeNames } from '../ast/patterns.js';
import { compileError } from '../errors.js';
import { InvariantError, elementAt, type CypherErrorDetail } from '../../errors.js';
import { didYouMean } from '../lexer/did-you-mean.js';
import { tokenize } from '../lexer/lexer.js';
import type { Token } from '../lexer/token.js';

const MAX_INTEGER = 9223372036854775807n;

const NORMAL_FORMS = ['NFC', 'NFD', 'NFKC', 'NFKD'] as const;
const QUANTIFIERS = ['all', 'any', 'none', 'single'] as const;

/** Words a type may start with, offered when a type name is misspelled. */
const TYPE_WORDS = [
  'BOOLEAN',
  'STRING',
  'INTEGER',
  'FLOAT',
  'DATE',
  'DURATION',
  'POINT',
  'NODE',
  'RELATIONSHIP',
  'MAP',
  'PATH',
  'LIST',
  'ANY',
  'NOTHING',
  'NULL',
];

/**
 * Thrown instead of a full CypherError while a speculative parse is under way: the attempt is
 * rewound anyway, and building messages (and stack traces) for it would dominate parse time.
 */
const SPECULATION_FAILED = new Error('speculative parse failed');

/** Words that start a clause: an expression or projection list stops before them. */
const CLAUSE_KEYWORDS = new Set([
  'NODETACH',
  'MATCH',
  'OPTIONAL',
  'UNWIND',
  'WITH',
  'RETURN',
  'CREATE',
  'MERGE',
  'SET',
  'REMOVE',
  'DELETE',
  'DETACH',
  'CALL',
  'FOREACH',
  'FINISH',
  'INSERT',
]);

/** Words that start Neo4j 5's standalone ORDER BY / SKIP / OFFSET / LIMIT clause. */
const PAGING_KEYWORDS = new Set(['ORDER', 'SKIP', 'OFFSET', 'LIMIT']);

/**
 * Words that cannot be a variable without backticks: they are read as keywords wherever an
 * expression may start, which gives clear errors for `RETURN WHERE` or a missing expression.
 */
const RESERVED = new Set([
  // FINISH and INSERT (Neo4j 5's) still name variables there.
  ...[...CLAUSE_KEYWORDS].filter((k) => k !== 'FINISH' && k !== 'INSERT'),
  'WHERE',
  'UNION',
  'ORDER',
  'SKIP',
  'LIMIT',
  'AS',
  'AND',
  'OR',
  'XOR',
  'IN',
  'IS',
  'THEN',
  'ELSE',
  'END',
  'WHEN',
  'CONTAINS',
  'STARTS',
  'ENDS',
  'DISTINCT',
  'ON',
  'YIELD',
]);

/**
 * Parses a Cypher query into its AST.
 *
 * @example
 * const ast = parse('MATCH (n:Person) RETURN n.name AS name');
 * ast.kind; // 'SingleQuery'
 * @throws CypherError('compile time', 'SyntaxError', detail) with line and column of the fault.
 */
export function parse(query: string): Query {
  try {
    return new Parser(query).parseStatement();
  } catch (error) {
    throw tooDeep(error, query);
  }
}

/** A stack overflow from absurdly deep nesting becomes a compile-time error like any other. */
function tooDeep(error: unknown, query: string): unknown {
  if (!(error instanceof RangeError)) return error;
  return compileError(query, 0, 'UnexpectedSyntax', 'Query is nested too deeply to parse');
}

/** Parses a single expression (for tests and tools). */
export function parseExpression(text: string): Expression {
  try {
    const parser = new Parser(text);
    const expression = parser.parseExpression();
    parser.expectEnd();
    return expression;
  } catch (error) {
    throw tooDeep(error, text);
  }
}

class Parser {
  private readonly tokens: Token[];
  private index = 0;
  /** End offset of the last consumed token, for node locations. */
  private lastEnd = 0;
  /** How many brackets ( [ { are open at the current token. */
  private depth = 0;
  /**
   * Bracket depths at which `|` ends an expression (list and pattern comprehensions, reduce,
   * FOREACH), so that a label expression `n:A|B` there stops before the `|`.
   */
  private readonly pipeSeparators: number[] = [];
  /** Nesting of speculate() calls; errors are cheap while it is positive. */
  private speculating = 0;

  /** For each '(' token index, the index of its matching ')' (absent when unbalanced). */
  private readonly closing = new Map<number, number>();

  constructor(private readonly source: string) {
    this.tokens = tokenize(source);
    const open: number[] = [];
    this.tokens.forEach((token, i) => {
      if (token.kind !== 'Punct') return;
      if (token.value === '(') open.push(i);
      else if (token.value === ')') {
        const opening = open.pop();
        if (opening !== undefined) this.closing.set(opening, i);
      }
    });
  }

  // -------------------------------------------------------------------------------------------
  // Helpers

  /** The value of an Integer token (the lexer sets it on every one). */
  private integerOf(token: Token): bigint {
    if (token.bigint === undefined) throw new InvariantError(`an Integer token without its value at ${token.start}`);
    return token.bigint;
  }

  private peek(ahead = 0): Token {
    // The token list always ends with EOF, which peeking past the end keeps returning.
    return elementAt(this.tokens, Math.min(this.index + ahead, this.tokens.length - 1));
  }

  private advance(): Token {
    const token = this.peek();
    if (token.kind !== 'EOF') this.index++;
    this.lastEnd = token.end;
    if (token.kind === 'Punct') {
      if (token.value === '(' || token.value === '[' || token.value === '{') this.depth++;
      else if (token.value === ')' || token.value === ']' || token.value === '}') this.depth--;
    }
    return token;
  }

  /** Parses with `|` ending expressions at the current bracket depth. */
  private withPipeSeparator<T>(parse: () => T): T {
    this.pipeSeparators.push(this.depth);
    try {
      return parse();
    } finally {
      this.pipeSeparators.pop();
    }
  }

  private pipeIsSeparator(): boolean {
    return this.pipeSeparators.at(-1) === this.depth;
  }

  private loc(start: Token | Loc): Loc {
    return { start: start.start, end: this.lastEnd, line: start.line, column: start.column };
  }

  private isPunct(value: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'Punct' && token.value === value;
  }

  private isKeyword(word: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'Name' && token.value.toUpperCase() === word;
  }

  private skipPunct(value: string): boolean {
    if (!this.isPunct(value)) return false;
    this.advance();
    return true;
  }

  private skipKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.advance();
    return true;
  }

  private expectPunct(value: string): Token {
    if (!this.isPunct(value)) throw this.unexpected(`'${value}'`);
    return this.advance();
  }

  private expectKeyword(word: string): Token {
    if (!this.isKeyword(word)) throw this.unexpected(word, this.peek(), 'UnexpectedSyntax', [word]);
    return this.advance();
  }

  /** `item (',' item)*` */
  private commaList<T>(parseItem: () => T): T[] {
    const items = [parseItem()];
    while (this.skipPunct(',')) items.push(parseItem());
    return items;
  }

  /** Runs `attempt`; if it throws a syntax error, rewinds and returns undefined. */
  private speculate<T>(attempt: () => T): T | undefined {
    const saved = this.index;
    const savedEnd = this.lastEnd;
    const savedDepth = this.depth;
    const savedSeparators = this.pipeSeparators.length;
    this.speculating++;
    try {
      return attempt();
    } catch (error) {
      if (error === SPECULATION_FAILED) {
        this.index = saved;
        this.lastEnd = savedEnd;
        this.depth = savedDepth;
        this.pipeSeparators.length = savedSeparators;
        return undefined;
      }
      throw error;
    } finally {
      this.speculating--;
    }
  }

  /** A compile-time SyntaxError at `offset` (a cheap marker while speculating). */
  private fail(offset: number, detail: CypherErrorDetail, message: string): Error {
    return this.speculating > 0 ? SPECULATION_FAILED : compileError(this.source, offset, detail, message);
  }

  private describe(token: Token): string {
    if (token.kind === 'EOF') return 'end of input';
    return `'${this.source.slice(token.start, token.end)}'`;
  }

  /**
   * A syntax error at the current token, saying what was expected; `keywords` are offered as
   * suggestions when the token looks like a misspelling of one.
   */
  private unexpected(expected: string, token: Token = this.peek(), detail: CypherErrorDetail = 'UnexpectedSyntax', keywords: string[] = []): Error {
    if (this.speculating > 0) return SPECULATION_FAILED;
    const hint = token.kind === 'Name' ? didYouMean(token.value, keywords) : '';
    return compileError(this.source, token.start, detail, `Invalid input ${this.describe(token)}: expected ${expected}.${hint}`);
  }

  expectEnd(): void {
    if (this.peek().kind !== 'EOF') throw this.unexpected('end of input');
  }

  // -------------------------------------------------------------------------------------------
  // Queries

  // Statement : Query ';'? EOF
  parseStatement(): Query {
    const query = this.parseQuery();
    this.skipPunct(';');
    if (this.peek().kind !== 'EOF') {
      throw this.unexpected('a clause (MATCH, WITH, RETURN, CREATE, ...), UNION or end of input', this.peek(), 'UnexpectedSyntax', [
        ...CLAUSE_KEYWORDS,
        'UNION',
        'WHERE',
        'ORDER',
        'SKIP',
        'LIMIT',
      ]);
    }
    return query;
  }

  // Query : SingleQuery ( UNION ALL? SingleQuery )*
  private parseQuery(): Query {
    const first = this.peek();
    const head = this.parseSingleQuery();
    if (!this.isKeyword('UNION')) return head;
    const queries: SingleQuery[] = [head];
    const all: boolean[] = [];
    while (this.skipKeyword('UNION')) {
      const isAll = this.skipKeyword('ALL');
      if (!isAll) this.skipKeyword('DISTINCT');
      all.push(isAll);
      queries.push(this.parseSingleQuery());
    }
    return { kind: 'UnionQuery', queries, all, loc: this.loc(first) };
  }

  // SingleQuery : Clause+
  private parseSingleQuery(): SingleQuery {
    const first = this.peek();
    const clauses: Clause[] = [];
    while (this.startsClause()) clauses.push(this.parseClause());
    if (clauses.length === 0) {
      throw this.unexpected('a clause (MATCH, OPTIONAL MATCH, WITH, RETURN, UNWIND, CREATE, MERGE, CALL, ...)', this.peek(), 'UnexpectedSyntax', [
        ...CLAUSE_KEYWORDS,
      ]);
    }
    return { kind: 'SingleQuery', clauses, loc: this.loc(first) };
  }

  private startsClause(): boolean {
    const token = this.peek();
    if (token.kind !== 'Name') return false;
    const word = token.value.toUpperCase();
    return CLAUSE_KEYWORDS.has(word) || (PAGING_KEYWORDS.has(word) && (word !== 'ORDER' || this.isKeyword('BY', 1)));
  }

  // Clause : Match | Unwind | With | Return | Create | Merge | Set | Remove | Delete | Call | Foreach
  private parseClause(): Clause {
    const word = this.peek().value.toUpperCase();
    switch (word) {
      case 'MATCH':
        return this.parseMatch();
      case 'OPTIONAL':
        if (this.isKeyword('CALL', 1)) {
          const first = this.advance();
          return this.parseCall(first);
        }
        return this.parseMatch();
      case 'FINISH':
        return { kind: 'Finish', loc: this.loc(this.advance()) };
      case 'UNWIND':
        return this.parseUnwind();
      case 'WITH':
        return this.parseWith();
      case 'RETURN':
        return this.parseReturn();
      case 'CREATE':
      case 'INSERT':
        return this.parseCreate();
      case 'ORDER':
      case 'SKIP':
      case 'OFFSET':
      case 'LIMIT':
        return this.parsePaging();
      case 'MERGE':
        return this.parseMerge();
      case 'SET':
        return this.parseSet();
      case 'REMOVE':
        return this.parseRemove();
      case 'DELETE':
      case 'DETACH':
      case 'NODETACH':
        return this.parseDelete();
      case 'CALL':
        return this.parseCall();
      case 'FOREACH':
        return this.parseForeach();
      default:
        throw this.unexpected('a clause');
    }
  }

  // Match : OPTIONAL? MATCH Pattern ( WHERE Expression )?
  private parseMatch(): Clause {
    const first = this.peek();
    const optional = this.skipKeyword('OPTIONAL');
    this.expectKeyword('MATCH');
    const pattern = this.parsePattern();
    const where = this.parseWhere();
    return { kind: 'Match', optional, pattern, where, loc: this.loc(first) };
  }

  // Where : WHERE Expression
  private parseWhere(): Expression | null {
    return this.skipKeyword('WHERE') ? this.parseExpression() : null;
  }

  // Unwind : UNWIND Expression AS Variable
  private parseUnwind(): Clause {
    const first = this.expectKeyword('UNWIND');
    const expression = this.parseExpression();
    this.expectKeyword('AS');
    const variable = this.parseVariable();
    return { kind: 'Unwind', expression, variable, loc: this.loc(first) };
  }

  // With : WITH ProjectionBody ( WHERE Expression )?
  private parseWith(): Clause {
    const first = this.expectKeyword('WITH');
    const body = this.parseProjectionBody();
    const where = this.parseWhere();
    return { kind: 'With', ...body, where, loc: this.loc(first) };
  }

  // Return : RETURN ProjectionBody
  private parseReturn(): Clause {
    const first = this.expectKeyword('RETURN');
    const body = this.parseProjectionBody();
    return { kind: 'Return', ...body, loc: this.loc(first) };
  }

  // ProjectionBody : DISTINCT? ( '*' ( ',' ProjectionItem )* | ProjectionItem ( ',' ProjectionItem )* ) Paging
  private parseProjectionBody(): ProjectionBody {
    const distinct = this.skipKeyword('DISTINCT');
    let star = false;
    let items: ProjectionItem[] = [];
    if (this.skipPunct('*')) {
      star = true;
      if (this.skipPunct(',')) items = this.commaList(() => this.parseProjectionItem());
    } else {
      items = this.commaList(() => this.parseProjectionItem());
    }
    return { distinct, star, items, ...this.parsePagingParts() };
  }

  // Paging : ( ORDER BY SortItem ( ',' SortItem )* )? ( ( SKIP | OFFSET ) Expression )? ( LIMIT Expression )?
  private parsePagingParts(): Paging {
    let orderBy: SortItem[] | null = null;
    if (this.skipKeyword('ORDER')) {
      this.expectKeyword('BY');
      orderBy = this.commaList(() => this.parseSortItem());
    }
    // OFFSET is Neo4j 5's synonym of SKIP.
    const skip = this.skipKeyword('SKIP') || this.skipKeyword('OFFSET') ? this.parseExpression() : null;
    const limit = this.skipKeyword('LIMIT') ? this.parseExpression() : null;
    return { orderBy, skip, limit };
  }

  // ProjectionItem : Expression ( AS Variable )?
  private parseProjectionItem(): ProjectionItem {
    const first = this.peek();
    const expression = this.parseExpression();
    const text = this.source.slice(first.start, this.lastEnd).trim();
    const alias = this.skipKeyword('AS') ? this.parseVariable() : null;
    return { kind: 'ProjectionItem', expression, alias, text, loc: this.loc(first) };
  }

  // SortItem : Expression ( ASC | ASCENDING | DESC | DESCENDING )?
  private parseSortItem(): SortItem {
    const first = this.peek();
    const expression = this.parseExpression();
    let direction: 'ASC' | 'DESC' = 'ASC';
    if (this.skipKeyword('DESC') || this.skipKeyword('DESCENDING')) direction = 'DESC';
    else if (this.skipKeyword('ASC') || this.skipKeyword('ASCENDING')) direction = 'ASC';
    return { kind: 'SortItem', expression, direction, loc: this.loc(first) };
  }

  // PagingClause : Paging   (non-empty)
  // Neo4j 5's standalone ORDER BY / SKIP / LIMIT, the same as `WITH *` followed by them.
  private parsePaging(): Clause {
    const first = this.peek();
    const paging = this.parsePagingParts();
    return { kind: 'With', distinct: false, star: true, items: [], ...paging, where: null, loc: this.loc(first) };
  }

  // Create : ( CREATE | INSERT ) Pattern   (INSERT is GQL's word for it)
  private parseCreate(): Clause {
    const first = this.isKeyword('INSERT') ? this.advance() : this.expectKeyword('CREATE');
    const pattern = this.parsePattern();
    return { kind: 'Create', pattern, loc: this.loc(first) };
  }

  // Merge : MERGE PatternPart ( ON ( CREATE | MATCH ) SET SetItem ( ',' SetItem )* )*
  private parseMerge(): Clause {
    const first = this.expectKeyword('MERGE');
    const pattern = this.parsePatternPart();
    const actions: MergeAction[] = [];
    while (this.isKeyword('ON')) {
      const on = this.advance();
      let which: 'create' | 'match';
      if (this.skipKeyword('CREATE')) which = 'create';
      else if (this.skipKeyword('MATCH')) which = 'match';
      else throw this.unexpected('CREATE or MATCH');
      this.expectKeyword('SET');
      const items = this.commaList(() => this.parseSetItem());
      actions.push({ kind: 'MergeAction', on: which, items, loc: this.loc(on) });
    }
    return { kind: 'Merge', pattern, actions, loc: this.loc(first) };
  }

  // Set : SET SetItem ( ',' SetItem )*
  private parseSet(): Clause {
    const first = this.expectKeyword('SET');
    const items = this.commaList(() => this.parseSetItem());
    return { kind: 'Set', items, loc: this.loc(first) };
  }

  // SetItem : PropertyExpression '=' Expression | Variable ( '=' | '+=' ) Expression | Variable NodeLabels
  private parseSetItem(): SetItem {
    const first = this.peek();
    if (this.isName(first) && (this.isPunct('=', 1) || this.isPunct('+=', 1) || this.isPunct(':', 1))) {
      const variable = this.parseVariable();
      if (this.isPunct(':')) {
        const { labels, dynamicLabels } = this.parseLabelItems();
        return { kind: 'SetLabels', variable, labels, dynamicLabels, loc: this.loc(first) };
      }
      const merge = this.advance().value === '+=';
      const value = this.parseExpression();
      return { kind: 'SetVariable', variable, value, merge, loc: this.loc(first) };
    }
    const target = this.parsePropertyTarget('a property (n.key), a variable or labels');
    this.expectPunct('=');
    const value = this.parseExpression();
    return { kind: 'SetProperty', target, value, loc: this.loc(first) };
  }

  /** `n.key` (or `(expr).key`) as the target of SET / REMOVE. */
  private parsePropertyTarget(expected: string): PropertyAccess {
    const first = this.peek();
    const target = this.parsePostfix(false);
    if (target.kind !== 'PropertyAccess') throw this.unexpected(expected, first);
    return target;
  }

  // Remove : REMOVE RemoveItem ( ',' RemoveItem )*
  // RemoveItem : Variable NodeLabels | PropertyExpression
  private parseRemove(): Clause {
    const first = this.expectKeyword('REMOVE');
    const items = this.commaList((): RemoveItem => {
      const start = this.peek();
      if (this.isName(start) && this.isPunct(':', 1)) {
        const variable = this.parseVariable();
        const { labels, dynamicLabels } = this.parseLabelItems();
        return { kind: 'RemoveLabels', variable, labels, dynamicLabels, loc: this.loc(start) };
      }
      const target = this.parsePropertyTarget('a property (n.key) or labels (n:Label)');
      return { kind: 'RemoveProperty', target, loc: this.loc(start) };
    });
    return { kind: 'Remove', items, loc: this.loc(first) };
  }

  // Delete : ( DETACH | NODETACH )? DELETE Expression ( ',' Expression )*
  private parseDelete(): Clause {
    const first = this.peek();
    const detach = this.skipKeyword('DETACH');
    if (!detach) this.skipKeyword('NODETACH');
    this.expectKeyword('DELETE');
    const expressions = this.commaList(() => this.parseExpression());
    return { kind: 'Delete', detach, expressions, loc: this.loc(first) };
  }

  // Call : CALL ( '(' ( '*' | Variable ( ',' Variable )* )? ')' )? '{' Query '}'
  //      | CALL ProcedureName ( '(' ( Expression ( ',' Expression )* )? ')' )? ( YIELD ( '*' | YieldItems ( WHERE Expression )? ) )?
  private parseCall(optionalToken: Token | null = null): Clause {
    const callToken = this.expectKeyword('CALL');
    const first = optionalToken ?? callToken;
    const optional = optionalToken !== null;
    if (this.isPunct('{') || this.isPunct('(')) return this.parseCallSubquery(first, optional);
    const names: string[] = [];
    let name = this.parseSymbolicName('a procedure name');
    while (this.skipPunct('.')) {
      names.push(name);
      name = this.parseSymbolicName('a procedure name');
    }
    let args: Expression[] | null = null;
    if (this.skipPunct('(')) {
      args = this.isPunct(')') ? [] : this.commaList(() => this.parseExpression());
      this.expectPunct(')');
    }
    let yieldStar = false;
    let yieldItems: YieldItem[] | null = null;
    let where: Expression | null = null;
    if (this.skipKeyword('YIELD')) {
      if (this.skipPunct('*')) {
        yieldStar = true;
      } else {
        yieldItems = this.commaList(() => {
          const start = this.peek();
          const field = this.parseSymbolicName('a procedure output field');
          const fieldLoc = this.loc(start);
          const variable: Variable = this.skipKeyword('AS') ? this.parseVariable() : { kind: 'Variable', name: field, loc: fieldLoc };
          return { kind: 'YieldItem', field, variable, loc: this.loc(start) } satisfies YieldItem;
        });
        where = this.parseWhere();
      }
    }
    const clause: CallProcedureClause = {
      kind: 'CallProcedure',
      optional,
      namespace: names,
      name,
      arguments: args,
      yieldStar,
      yield: yieldItems,
      where,
      loc: this.loc(first),
    };
    return clause;
  }

  private parseCallSubquery(first: Token, optional: boolean): CallSubqueryClause {
    let importVariables: Variable[] | null = null;
    let importAll = false;
    if (this.skipPunct('(')) {
      if (this.skipPunct('*')) importAll = true;
      else importVariables = this.isPunct(')') ? [] : this.commaList(() => this.parseVariable());
      this.expectPunct(')');
    }
    this.expectPunct('{');
    const query = this.parseQuery();
    this.expectPunct('}');
    const inTransactions = this.isKeyword('IN') ? this.parseInTransactions() : null;
    return { kind: 'CallSubquery', query, importVariables, importAll, optional, inTransactions, loc: this.loc(first) };
  }

  // InTransactions : IN ( Expression? CONCURRENT )? TRANSACTIONS ( OF Expression ( ROW | ROWS ) )? ( ON ERROR ( CONTINUE | BREAK | FAIL | RETRY ) )?
  //                  ( REPORT STATUS AS Variable )?
  private parseInTransactions(): InTransactions {
    const first = this.expectKeyword('IN');
    let concurrent = false;
    let concurrency: Expression | null = null;
    if (!this.isKeyword('TRANSACTIONS')) {
      if (!this.isKeyword('CONCURRENT')) concurrency = this.parseExpression();
      this.expectKeyword('CONCURRENT');
      concurrent = true;
    }
    this.expectKeyword('TRANSACTIONS');
    let batchSize: Expression | null = null;
    if (this.skipKeyword('OF')) {
      batchSize = this.parseExpression();
      if (!this.skipKeyword('ROWS') && !this.skipKeyword('ROW')) throw this.unexpected('ROWS', this.peek(), 'UnexpectedSyntax', ['ROWS']);
    }
    let onError: InTransactions['onError'] = null;
    if (this.isKeyword('ON') && this.isKeyword('ERROR', 1)) {
      this.advance();
      this.advance();
      const word = this.peek().kind === 'Name' ? this.peek().value.toUpperCase() : '';
      if (word !== 'CONTINUE' && word !== 'BREAK' && word !== 'FAIL' && word !== 'RETRY') throw this.unexpected('CONTINUE, BREAK, FAIL or RETRY');
      this.advance();
      onError = word;
    }
    let reportStatus: Variable | null = null;
    if (this.skipKeyword('REPORT')) {
      this.expectKeyword('STATUS');
      this.expectKeyword('AS');
      reportStatus = this.parseVariable();
    }
    return { kind: 'InTransactions', concurrent, concurrency, batchSize, onError, reportStatus, loc: this.loc(first) };
  }

  // Foreach : FOREACH '(' Variable IN Expression '|' Clause+ ')'
  private parseForeach(): ForeachClause {
    const first = this.expectKeyword('FOREACH');
    this.expectPunct('(');
    const variable = this.parseVariable();
    this.expectKeyword('IN');
    const list = this.withPipeSeparator(() => this.parseExpression());
    this.expectPunct('|');
    const clauses: Clause[] = [];
    while (this.startsClause()) clauses.push(this.parseClause());
    if (clauses.length === 0) throw this.unexpected('an updating clause (CREATE, MERGE, SET, REMOVE, DELETE)');
    this.expectPunct(')');
    return { kind: 'Foreach', variable, list, clauses, loc: this.loc(first) };
  }

  // -------------------------------------------------------------------------------------------
  // Patterns

  // Pattern : PatternPart ( ',' PatternPart )*
  private parsePattern(): Pattern {
    const first = this.peek();
    const parts = this.commaList(() => this.parsePatternPart());
    return { kind: 'Pattern', parts, loc: this.loc(first) };
  }

  // PatternPart : ( Variable '=' )? PathSelector? ( ( shortestPath | allShortestPaths ) '(' PatternElement ')' | PatternElement )
  private parsePatternPart(): PatternPart {
    const first = this.peek();
    let variable: Variable | null = null;
    if (this.isName(first) && this.isPunct('=', 1)) {
      variable = this.parseVariable();
      this.advance();
    }
    const selector = this.parsePathSelector();
    let shortest: PatternPart['shortest'] = null;
    const word = this.peek();
    if (word.kind === 'Name' && this.isPunct('(', 1)) {
      const lower = word.value.toLowerCase();
      if (lower === 'shortestpath') shortest = 'shortestPath';
      else if (lower === 'allshortestpaths') shortest = 'allShortestPaths';
    }
    let element: PatternElement;
    if (shortest) {
      this.advance();
      this.expectPunct('(');
      element = this.parsePatternElement();
      this.expectPunct(')');
    } else {
      element = this.parsePatternElement();
    }
    return { kind: 'PatternPart', variable, shortest, selector, element, loc: this.loc(first) };
  }

  // PathSelector : ANY SHORTEST ( PATH | PATHS )? | ALL SHORTEST ( PATH | PATHS )? | ANY Integer? ( PATH | PATHS )?
  //              | ALL ( PATH | PATHS )? | SHORTEST Integer? ( PATH | PATHS )? ( GROUP | GROUPS )?
  private parsePathSelector(): PathSelector | null {
    const token = this.peek();
    if (token.kind !== 'Name') return null;
    const word = token.value.toUpperCase();
    if (word !== 'ANY' && word !== 'ALL' && word !== 'SHORTEST') return null;
    this.advance();
    const count = (): number => {
      const t = this.peek();
      if (t.kind !== 'Integer') return 1;
      this.advance();
      const count = this.integerOf(t);
      if (count < 1n) throw this.fail(t.start, 'InvalidArgumentValue', 'The path selector count must be a positive integer');
      return Number(count);
    };
    const pathWord = (): void => void (this.skipKeyword('PATH') || this.skipKeyword('PATHS'));
    let selector: PathSelector | null;
    if (word === 'SHORTEST') {
      const k = count();
      pathWord();
      const groups = this.skipKeyword('GROUP') || this.skipKeyword('GROUPS');
      selector = { kind: groups ? 'shortestGroups' : 'shortest', k };
    } else if (this.skipKeyword('SHORTEST')) {
      pathWord();
      selector = word === 'ANY' ? { kind: 'shortest', k: 1 } : { kind: 'allShortest', k: 1 };
    } else if (word === 'ANY') {
      const k = count();
      pathWord();
      selector = { kind: 'any', k };
    } else {
      pathWord();
      selector = null;
    }
    if (!this.isPunct('(')) throw this.unexpected("a path pattern '(...)'");
    return selector;
  }

  // PatternElement : PathFactor+   where consecutive factors are joined by RelationshipPattern
  //   PathFactor : NodePattern | '(' PatternElement ( WHERE Expression )? ')' Quantifier
  //   RelationshipPattern Quantifier? joins two factors; a quantified path next to no node
  //   gets an anonymous one. `((a)-->(b))` alone is the path itself, in parentheses.
  private parsePatternElement(): PatternElement {
    const first = this.peek();
    const nodes: NodePattern[] = [];
    const relationships: RelationshipPattern[] = [];
    const anonymousNode = (at: number): NodePattern => ({
      kind: 'NodePattern',
      variable: null,
      labels: [],
      labelExpression: null,
      properties: null,
      where: null,
      loc: { start: at, end: at, line: this.peek().line, column: this.peek().column },
    });
    // Whether the last thing read is a node (else a relationship or quantified path wanting one).
    let afterNode = false;
    for (;;) {
      if (this.isPunct('(') && this.isPunct('(', 1)) {
        const group = this.parseParenthesizedPath();
        if (group.kind === 'PatternElement') {
          // `((a)-->(b))` with no quantifier: only as the whole element.
          if (nodes.length > 0 || this.startsRelationship() || this.isPunct('(') || this.isPunct('{') || this.isPunct('+') || this.isPunct('*')) {
            throw this.fail(group.loc.start, 'UnexpectedSyntax', 'A parenthesised path pattern inside a path needs a quantifier ({m,n}, + or *)');
          }
          return { ...group, loc: this.loc(first) };
        }
        if (!afterNode) {
          if (relationships.length > 0 && relationships.length === nodes.length) nodes.push(anonymousNode(group.loc.start));
          else if (nodes.length === 0) nodes.push(anonymousNode(group.loc.start));
        }
        relationships.push(this.quantifiedSlot(group));
        afterNode = false;
      } else if (this.isPunct('(')) {
        if (afterNode) break;
        nodes.push(this.parseNodePattern());
        afterNode = true;
      } else if (this.startsRelationship()) {
        if (!afterNode) nodes.push(anonymousNode(this.peek().start));
        relationships.push(this.parseRelationshipPattern());
        afterNode = false;
      } else break;
    }
    if (nodes.length === 0) throw this.unexpected("'(' and a node pattern");
    if (!afterNode) {
      // A relationship must end at a node: `(a)-->` alone is not a path.
      if (relationships.at(-1)?.quantified === null) throw this.unexpected("a node pattern '(...)'");
      nodes.push(anonymousNode(this.lastEnd));
    }
    return { kind: 'PatternElement', nodes, relationships, where: null, loc: this.loc(first) };
  }

  /** `( PatternElement ( WHERE Expression )? ) Quantifier?`: a quantified path, or a plain one in parentheses. */
  private parseParenthesizedPath(): QuantifiedPath | PatternElement {
    const first = this.expectPunct('(');
    const element = this.parsePatternElement();
    const where = this.parseWhere();
    this.expectPunct(')');
    const quantifier = this.parsePathQuantifier();
    if (!quantifier) {
      if (where && element.where) throw this.fail(where.loc.start, 'UnexpectedSyntax', 'A parenthesised path has one WHERE');
      return where ? { ...element, where } : element;
    }
    if (element.relationships.length === 0) {
      throw this.fail(first.start, 'UnexpectedSyntax', 'A quantified path pattern needs to have at least one relationship');
    }
    for (const r of element.relationships) {
      if (r.quantified || r.quantifier) throw this.fail(r.loc.start, 'UnexpectedSyntax', 'Quantified path patterns cannot be nested');
      if (r.length) throw this.fail(r.loc.start, 'UnexpectedSyntax', 'Variable length relationships cannot be part of a quantified path pattern');
    }
    return { kind: 'QuantifiedPath', element, where, ...quantifier, loc: this.loc(first) };
  }

  /** The relationship slot a quantified path takes in the flat node/relationship chain. */
  private quantifiedSlot(group: QuantifiedPath): RelationshipPattern {
    return {
      kind: 'RelationshipPattern',
      variable: null,
      types: [],
      direction: 'none',
      length: { min: group.min, max: group.max },
      properties: null,
      where: null,
      typeExpression: null,
      quantifier: null,
      quantified: group,
      loc: group.loc,
    };
  }

  // PathQuantifier : '{' Integer '}' | '{' Integer? ',' Integer? '}' | '+' | '*'
  private parsePathQuantifier(): { min: number; max: number | null; quantifier: string } | null {
    const first = this.peek();
    if (this.skipPunct('+')) return { min: 1, max: null, quantifier: '+' };
    if (this.skipPunct('*')) return { min: 0, max: null, quantifier: '*' };
    if (!this.isPunct('{')) return null;
    this.advance();
    const bound = (): number | null => {
      const t = this.peek();
      if (t.kind !== 'Integer') return null;
      if (!/^\d+$/.test(t.value)) throw this.unexpected('a decimal integer bound', t, 'InvalidRelationshipPattern');
      this.advance();
      return Number(t.bigint);
    };
    const min = bound();
    let max: number | null;
    if (this.skipPunct(',')) max = bound();
    else {
      if (min === null) throw this.unexpected("an integer or ','");
      max = min;
    }
    this.expectPunct('}');
    const quantifier = this.source.slice(first.start, this.lastEnd).replace(/\s+/g, '');
    if (max === 0) throw this.fail(first.start, 'InvalidRelationshipPattern', 'A quantifier for a path pattern must not be limited by 0');
    if (max !== null && (min ?? 0) > max) {
      throw this.fail(first.start, 'InvalidRelationshipPattern', 'A quantifier for a path pattern must not have a lower bound which exceeds its upper bound');
    }
    return { min: min ?? 0, max, quantifier };
  }

  private startsRelationship(): boolean {
    return this.isPunct('-') || (this.isPunct('<') && this.isPunct('-', 1));
  }

  // NodePattern : '(' Variable? LabelExpression? Properties? ( WHERE Expression )? ')'
  private parseNodePattern(): NodePattern {
    const first = this.expectPunct('(');
    let variable: Variable | null = null;
    if (this.isName(this.peek()) && !this.startsInlineWhere(')')) {
      variable = this.parseVariable();
    }
    let labels: string[] = [];
    let labelExpression: LabelExpression | null = null;
    if (this.isPunct(':')) ({ labels, labelExpression } = this.parseNodeLabels());
    const properties = this.parsePatternProperties();
    const where = this.parseWhere();
    if (!this.isPunct(')')) {
      throw this.unexpected(
        variable || labels.length || labelExpression || properties || where
          ? "')' (or labels, a property map, WHERE)"
          : "a variable, ':Label', a property map or ')'",
      );
    }
    this.advance();
    return { kind: 'NodePattern', variable, labels, labelExpression, properties, where, loc: this.loc(first) };
  }

  /**
   * True when a `WHERE` inside a node or relationship pattern starts its predicate rather than
   * naming the variable (`(where)`, `[where:T]`, `(where {k: 1})` use it as a name).
   */
  private startsInlineWhere(close: string): boolean {
    if (!this.isKeyword('WHERE')) return false;
    return !(this.isPunct(close, 1) || this.isPunct(':', 1) || this.isPunct('{', 1) || this.isPunct('$', 1) || this.isPunct('*', 1));
  }

  // Properties : MapLiteral | Parameter
  private parsePatternProperties(): PatternProperties | null {
    if (this.isPunct('{')) return this.parseMapLiteral();
    if (this.isPunct('$')) return this.parseParameter();
    return null;
  }

  /**
   * NodeLabels : ( ':' LabelName )+  — the plain conjunction, returned as `labels`;
   * a Neo4j 5 label expression (`:A|B`, `:!A`, `:A&B`, `:%`) is returned as `labelExpression`.
   */
  private parseNodeLabels(): { labels: string[]; labelExpression: LabelExpression | null } {
    // Plain `:A:B` unless followed by an operator of label expressions.
    const simple = this.speculate(() => {
      const labels = this.parseLabelList();
      if ((this.isPunct('|') && !this.pipeIsSeparator()) || this.isPunct('&')) throw this.unexpected('label');
      return labels;
    });
    if (simple) return { labels: simple, labelExpression: null };
    this.expectPunct(':');
    const labelExpression = this.parseLabelOr();
    // `:(A)` and `:A&B` mean the plain conjunction: keep one form for it.
    if (labelExpression.kind === 'LabelName') return { labels: [labelExpression.name], labelExpression: null };
    if (labelExpression.kind === 'LabelAnd' && labelExpression.operands.every((o) => o.kind === 'LabelName')) {
      return { labels: labelExpression.operands.map((o) => (o.kind === 'LabelName' ? o.name : '')), labelExpression: null };
    }
    return { labels: [], labelExpression };
  }

  // LabelList : ( ':' LabelName )+
  private parseLabelList(): string[] {
    const labels: string[] = [];
    while (this.skipPunct(':')) labels.push(this.parseSymbolicName('a label name'));
    if (labels.length === 0) throw this.unexpected("':' and a label");
    return labels;
  }

  // LabelItems : ( ':' ( LabelName | '$' '(' Expression ')' ) )+   (SET and REMOVE)
  private parseLabelItems(): { labels: string[]; dynamicLabels: LabelDynamic[] } {
    const labels: string[] = [];
    const dynamicLabels: LabelDynamic[] = [];
    if (!this.isPunct(':')) throw this.unexpected("':' and a label");
    while (this.skipPunct(':')) {
      if (this.isPunct('$')) dynamicLabels.push(this.parseDynamicLabel(false));
      else labels.push(this.parseSymbolicName('a label name'));
    }
    return { labels, dynamicLabels };
  }

  // DynamicLabel : '$' '(' Expression ')' | '$' ( ALL | ANY ) '(' Expression ')'   (ALL / ANY only where `withMode`)
  private parseDynamicLabel(withMode: boolean): LabelDynamic {
    const first = this.expectPunct('$');
    let mode: 'all' | 'any' = 'all';
    if (withMode && !this.peek().spaceBefore && (this.isKeyword('ALL') || this.isKeyword('ANY'))) {
      mode = this.advance().value.toUpperCase() === 'ANY' ? 'any' : 'all';
    }
    this.expectPunct('(');
    const expression = this.parseExpression();
    this.expectPunct(')');
    return { kind: 'LabelDynamic', mode, expression, loc: this.loc(first) };
  }

  // LabelOr : LabelAnd ( '|' ':'? LabelAnd )*
  private parseLabelOr(): LabelExpression {
    const first = this.peek();
    const head = this.parseLabelAnd();
    const operands = [head];
    while (!this.pipeIsSeparator() && this.skipPunct('|')) {
      this.skipPunct(':');
      operands.push(this.parseLabelAnd());
    }
    return operands.length === 1 ? head : { kind: 'LabelOr', operands, loc: this.loc(first) };
  }

  // LabelAnd : LabelNot ( '&' LabelNot )*
  // (Neo4j rejects mixing ':' between labels with the symbols | & ! %, so ':' is not read here.)
  private parseLabelAnd(): LabelExpression {
    const first = this.peek();
    const head = this.parseLabelNot();
    const operands = [head];
    let last = head;
    // `:A:$(x)`: a dynamic label joins the labels before it as `:` joins plain ones.
    while (this.skipPunct('&') || (this.isPunct(':') && (this.isPunct('$', 1) || last.kind === 'LabelDynamic') && this.skipPunct(':'))) {
      last = this.parseLabelNot();
      operands.push(last);
    }
    return operands.length === 1 ? head : { kind: 'LabelAnd', operands, loc: this.loc(first) };
  }

  // LabelNot : '!' LabelNot | '%' | '(' LabelOr ')' | LabelName
  private parseLabelNot(): LabelExpression {
    const first = this.peek();
    if (this.skipPunct('!')) {
      const operand = this.parseLabelNot();
      return { kind: 'LabelNot', operand, loc: this.loc(first) };
    }
    if (this.skipPunct('%')) return { kind: 'LabelWildcard', loc: this.loc(first) };
    if (this.isPunct('$')) return this.parseDynamicLabel(true);
    if (this.skipPunct('(')) {
      const inner = this.parseLabelOr();
      this.expectPunct(')');
      return inner;
    }
    const name = this.parseSymbolicName('a label name');
    return { kind: 'LabelName', name, loc: this.loc(first) };
  }

  // RelationshipTypes : LabelOr   (without ':' between types; '|:' between alternatives is openCypher's)
  private parseRelationshipTypes(): { expression: LabelExpression; colonPipe: Token | null } {
    let colonPipe: Token | null = null;
    const first = this.peek();
    const head = this.parseRelationshipTypeAnd();
    const operands = [head];
    while (!this.pipeIsSeparator() && this.isPunct('|')) {
      const pipe = this.advance();
      if (this.skipPunct(':')) colonPipe ??= pipe;
      operands.push(this.parseRelationshipTypeAnd());
    }
    if (this.isPunct(':')) {
      throw this.fail(this.peek().start, 'InvalidRelationshipPattern', "Relationship types in a relationship type expressions may not be combined using ':'");
    }
    return { expression: operands.length === 1 ? head : { kind: 'LabelOr', operands, loc: this.loc(first) }, colonPipe };
  }

  // RelationshipTypeAnd : LabelNot ( '&' LabelNot )*
  private parseRelationshipTypeAnd(): LabelExpression {
    const first = this.peek();
    const head = this.parseLabelNot();
    const operands = [head];
    while (this.skipPunct('&')) operands.push(this.parseLabelNot());
    return operands.length === 1 ? head : { kind: 'LabelAnd', operands, loc: this.loc(first) };
  }

  // RelationshipPattern : '<'? '-' ( '[' RelationshipDetail ']' )? '-' '>'?
  // RelationshipDetail : Variable? ( ':' Type ( '|' ':'? Type )* )? Range? Properties? ( WHERE Expression )?
  private parseRelationshipPattern(): RelationshipPattern {
    const first = this.peek();
    const left = this.skipPunct('<');
    this.expectPunct('-');
    let variable: Variable | null = null;
    const types: string[] = [];
    let length: RelationshipRange | null = null;
    let properties: PatternProperties | null = null;
    let where: Expression | null = null;
    let typeExpression: LabelExpression | null = null;
    if (this.skipPunct('[')) {
      if (this.isName(this.peek()) && !this.startsInlineWhere(']')) {
        variable = this.parseVariable();
      }
      let typeStart: Token | null = null;
      let colonPipe: Token | null = null;
      if (this.skipPunct(':')) {
        typeStart = this.peek();
        const types_ = this.parseRelationshipTypes();
        colonPipe = types_.colonPipe;
        const names = plainTypeNames(types_.expression);
        if (names && !hasDynamicLabel(types_.expression)) types.push(...names);
        else typeExpression = types_.expression;
      }
      if (this.isPunct('*')) {
        // `:!R`, `:A&B`, `:%` (anything but alternatives of names) cannot take a length.
        if (typeStart && typeExpression && !plainTypeNames(typeExpression)) {
          throw this.fail(typeStart.start, 'InvalidRelationshipPattern', 'Variable length relationships must not use relationship type expressions.');
        }
        length = this.parseRange();
      } else if (this.isPunct('..')) {
        throw this.unexpected("'*' before a variable-length range", this.peek(), 'InvalidRelationshipPattern');
      }
      properties = this.parsePatternProperties();
      // `:A|:B`, openCypher's alternatives, only where nothing else is said of the relationship
      // (Neo4j 5 refuses it with a variable, properties, a length or other type operators).
      if (colonPipe && (variable !== null || properties !== null || length !== null || typeExpression !== null)) {
        throw this.fail(
          colonPipe.start,
          'InvalidRelationshipPattern',
          'The semantics of using colon in the separation of alternative relationship types in conjunction with the use of variable binding, inlined property predicates, or variable length is no longer supported. Please separate the relationships types using `:A|B` instead.',
        );
      }
      where = this.parseWhere();
      this.expectPunct(']');
    }
    this.expectPunct('-');
    const right = this.skipPunct('>');
    const direction = left && !right ? 'left' : right && !left ? 'right' : 'none';
    let quantifier: string | null = null;
    if (this.isPunct('{') || this.isPunct('+') || this.isPunct('*')) {
      if (length) throw this.fail(first.start, 'UnexpectedSyntax', 'Variable length relationships cannot be part of a quantified path pattern');
      const q = this.parsePathQuantifier();
      if (!q) throw this.unexpected('a path quantifier', this.peek(), 'InvalidRelationshipPattern');
      quantifier = q.quantifier;
      length = { min: q.min, max: q.max };
    }
    return {
      kind: 'RelationshipPattern',
      variable,
      types,
      direction,
      length,
      properties,
      where,
      typeExpression,
      quantifier,
      quantified: null,
      loc: this.loc(first),
    };
  }

  // Range : '*' IntegerLiteral? ( '..' IntegerLiteral? )?
  private parseRange(): RelationshipRange {
    this.expectPunct('*');
    const bound = (): number | null => {
      const token = this.peek();
      if (token.kind === 'Integer') {
        if (!/^\d+$/.test(token.value)) throw this.unexpected('a decimal integer length', token, 'InvalidRelationshipPattern');
        this.advance();
        return Number(token.bigint);
      }
      if (token.kind === 'Punct' && token.value === '-') {
        throw this.unexpected('a non-negative length', token, 'InvalidRelationshipPattern');
      }
      return null;
    };
    const min = bound();
    if (this.skipPunct('..')) return { min, max: bound() };
    return { min, max: min };
  }

  // -------------------------------------------------------------------------------------------
  // Expressions, lowest precedence first

  // Expression : OrExpression
  parseExpression(): Expression {
    return this.parseOr();
  }

  // OrExpression : XorExpression ( OR XorExpression )*
  private parseOr(): Expression {
    return this.parseLeftAssoc(() => this.parseXor(), ['OR']);
  }

  // XorExpression : AndExpression ( XOR AndExpression )*
  private parseXor(): Expression {
    return this.parseLeftAssoc(() => this.parseAnd(), ['XOR']);
  }

  // AndExpression : NotExpression ( AND NotExpression )*
  private parseAnd(): Expression {
    return this.parseLeftAssoc(() => this.parseNot(), ['AND']);
  }

  private parseLeftAssoc(operand: () => Expression, keywords: BinaryOperator[]): Expression {
    const first = this.peek();
    let left = operand();
    for (;;) {
      const op = keywords.find((k) => this.isKeyword(k));
      if (!op) return left;
      this.advance();
      const right = operand();
      left = { kind: 'Binary', operator: op, left, right, loc: this.loc(first) };
    }
  }

  // NotExpression : NOT* ComparisonExpression
  private parseNot(): Expression {
    const first = this.peek();
    if (this.skipKeyword('NOT')) {
      const operand = this.parseNot();
      return { kind: 'Unary', operator: 'NOT', operand, loc: this.loc(first) };
    }
    return this.parseComparison();
  }

  // ComparisonExpression : StringListNullPredicate ( ( '=' | '<>' | '<' | '>' | '<=' | '>=' ) StringListNullPredicate )*
  private parseComparison(): Expression {
    const first = this.peek();
    const head = this.parseStringListNull();
    const operands = [head];
    const operators: ComparisonOperator[] = [];
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'Punct') break;
      let op: ComparisonOperator | undefined;
      switch (token.value) {
        case '=':
        case '<>':
        case '<':
        case '>':
        case '<=':
        case '>=':
          op = token.value;
          break;
        case '!=':
          throw this.fail(token.start, 'UnexpectedSyntax', "Unknown operation '!=': the inequality operator is '<>'");
      }
      if (!op) break;
      this.advance();
      operators.push(op);
      operands.push(this.parseStringListNull());
    }
    if (operators.length === 0) return head;
    return { kind: 'Comparison', operands, operators, loc: this.loc(first) };
  }

  // StringListNullPredicate : AddOrSubtract ( ( STARTS WITH | ENDS WITH | CONTAINS | '=~' | IN ) AddOrSubtract
  //                                          | IS NOT? NULL | IS NOT? ( '::' | TYPED ) Type | '::' Type
  //                                          | IS NOT? NormalForm? NORMALIZED )?
  // At most one, as in Neo4j 5's grammar (openCypher's allows a chain): `a STARTS WITH b IS NULL`
  // and `x IN l IN m` are syntax errors there.
  private parseStringListNull(): Expression {
    return this.parseStringListNullTail(this.peek(), this.parseAddSub());
  }

  /** The predicate part of a StringListNullPredicate, after its left operand. */
  private parseStringListNullTail(first: Token, left: Expression): Expression {
    {
      let op: BinaryOperator | undefined;
      if (this.isKeyword('STARTS') && this.isKeyword('WITH', 1)) {
        this.advance();
        op = 'STARTS WITH';
      } else if (this.isKeyword('ENDS') && this.isKeyword('WITH', 1)) {
        this.advance();
        op = 'ENDS WITH';
      } else if (this.isKeyword('CONTAINS')) op = 'CONTAINS';
      else if (this.isKeyword('IN')) op = 'IN';
      else if (this.isPunct('=~')) op = '=~';
      else if (this.isKeyword('IS')) {
        this.advance();
        const negated = this.skipKeyword('NOT');
        if (this.skipPunct('::') || this.skipKeyword('TYPED')) {
          const type = this.parseCypherType();
          left = { kind: 'TypePredicate', operand: left, type, negated, loc: this.loc(first) };
          return left;
        }
        const form = NORMAL_FORMS.find((f) => this.isKeyword(f) && this.isKeyword('NORMALIZED', 1));
        if (form) this.advance();
        if (form || this.isKeyword('NORMALIZED')) {
          this.expectKeyword('NORMALIZED');
          left = { kind: 'NormalizedPredicate', operand: left, form: form ?? 'NFC', negated, loc: this.loc(first) };
          return left;
        }
        if (!this.isKeyword('NULL'))
          throw this.unexpected('NULL, NORMALIZED, :: or TYPED and a type', this.peek(), 'UnexpectedSyntax', ['NULL', 'NORMALIZED', 'TYPED']);
        this.advance();
        left = { kind: 'IsNull', operand: left, negated, loc: this.loc(first) };
        return left;
      } else if (this.skipPunct('::')) {
        const type = this.parseCypherType();
        left = { kind: 'TypePredicate', operand: left, type, negated: false, loc: this.loc(first) };
        return left;
      }
      if (!op) return left;
      this.advance();
      const right = this.parseAddSub();
      return { kind: 'Binary', operator: op, left, right, loc: this.loc(first) };
    }
  }

  // Type : TypePart ( '|' TypePart )*   (all members nullable, or all NOT NULL)
  private parseCypherType(): CypherType {
    const first = this.peek();
    const head = this.parseTypePart();
    const members = [head];
    while (!this.pipeIsSeparator() && this.skipPunct('|')) members.push(this.parseTypePart());
    if (members.length === 1) return head;
    const flat = members.flatMap((m) => (m.name === 'UNION' && m.members ? m.members : [m]));
    if (flat.some((m) => m.notNull) && flat.some((m) => !m.notNull && m.name !== 'NULL')) {
      throw this.fail(first.start, 'UnexpectedSyntax', 'All types in a closed dynamic union must be nullable, or be appended with NOT NULL');
    }
    return { name: 'UNION', notNull: flat.every((m) => m.notNull), members: flat };
  }

  // TypePart : TypeName ( NOT NULL | '!' )? ( ( LIST | ARRAY ) ( NOT NULL | '!' )? )*
  private parseTypePart(): CypherType {
    let type = this.parseTypeName();
    type = this.parseNotNull(type);
    while (this.isKeyword('LIST') || this.isKeyword('ARRAY')) {
      this.advance();
      type = this.parseNotNull({ name: 'LIST', notNull: false, element: type });
    }
    return type;
  }

  private parseNotNull(type: CypherType): CypherType {
    const at = this.peek();
    if (this.skipPunct('!') || (this.isKeyword('NOT') && this.isKeyword('NULL', 1) && (this.advance(), this.advance()))) {
      if (type.name === 'UNION') {
        throw this.fail(
          at.start,
          'UnexpectedSyntax',
          'Closed dynamic union types can not be appended with NOT NULL, specify NOT NULL on all inner types instead',
        );
      }
      return { ...type, notNull: true };
    }
    return type;
  }

  // TypeName : NOTHING | NULL | BOOL | BOOLEAN | VARCHAR | STRING | INT | INTEGER | SIGNED INTEGER | FLOAT
  //          | DATE | LOCAL TIME | ZONED TIME | TIME ( WITH | WITHOUT ) TIME ZONE | LOCAL DATETIME
  //          | ZONED DATETIME | TIMESTAMP ( WITH | WITHOUT ) TIME ZONE | DURATION | POINT
  //          | ANY? ( NODE | VERTEX | RELATIONSHIP | EDGE | MAP | PATH | PROPERTY VALUE ) | PATHS
  //          | ( LIST | ARRAY ) '<' Type '>' | ANY ( VALUE )? ( '<' Type '>' )?
  private parseTypeName(): CypherType {
    const token = this.peek();
    const word = token.kind === 'Name' ? token.value.toUpperCase() : '';
    const simple = (name: string, words: number): CypherType => {
      for (let i = 0; i < words; i++) this.advance();
      return { name, notNull: false };
    };
    const next = (ahead: number): string => {
      const t = this.peek(ahead);
      return t.kind === 'Name' ? t.value.toUpperCase() : '';
    };
    const inAngles = (): CypherType => {
      this.expectPunct('<');
      const inner = this.parseCypherType();
      this.expectPunct('>');
      return inner;
    };
    switch (word) {
      case 'NOTHING':
      case 'NULL':
      case 'FLOAT':
      case 'DATE':
      case 'DURATION':
      case 'POINT':
      case 'NODE':
      case 'RELATIONSHIP':
      case 'MAP':
      case 'PATH':
      case 'STRING':
      case 'INTEGER':
      case 'BOOLEAN':
        return simple(word, 1);
      case 'BOOL':
        return simple('BOOLEAN', 1);
      case 'VARCHAR':
        return simple('STRING', 1);
      case 'INT':
        return simple('INTEGER', 1);
      case 'SIGNED':
        if (next(1) === 'INTEGER') return simple('INTEGER', 2);
        break;
      case 'VERTEX':
        return simple('NODE', 1);
      case 'EDGE':
        return simple('RELATIONSHIP', 1);
      case 'PATHS':
        return simple('PATH', 1);
      case 'LOCAL':
      case 'ZONED':
        if (next(1) === 'TIME' || next(1) === 'DATETIME') return simple(`${word} ${next(1)}`, 2);
        break;
      case 'TIME':
      case 'TIMESTAMP':
        if ((next(1) === 'WITH' || next(1) === 'WITHOUT') && next(2) === 'TIME' && next(3) === 'ZONE') {
          const zoned = next(1) === 'WITH';
          return simple(`${zoned ? 'ZONED' : 'LOCAL'} ${word === 'TIME' ? 'TIME' : 'DATETIME'}`, 4);
        }
        break;
      case 'PROPERTY':
        if (next(1) === 'VALUE') return simple('PROPERTY VALUE', 2);
        break;
      case 'LIST':
      case 'ARRAY':
        this.advance();
        return { name: 'LIST', notNull: false, element: inAngles() };
      case 'ANY': {
        const after = next(1);
        if (after === 'NODE' || after === 'VERTEX') return simple('NODE', 2);
        if (after === 'RELATIONSHIP' || after === 'EDGE') return simple('RELATIONSHIP', 2);
        if (after === 'MAP' || after === 'PATH') return simple(after, 2);
        if (after === 'PROPERTY' && next(2) === 'VALUE') return simple('PROPERTY VALUE', 3);
        this.advance();
        this.skipKeyword('VALUE');
        if (this.isPunct('<')) return inAngles();
        return { name: 'ANY', notNull: false };
      }
    }
    throw this.unexpected('a type (BOOLEAN, STRING, INTEGER, FLOAT, LIST<...>, MAP, NODE, ANY, ...)', token, 'UnexpectedSyntax', [...TYPE_WORDS]);
  }

  // AddOrSubtract : MultiplyDivideModulo ( ( '+' | '-' | '||' ) MultiplyDivideModulo )*
  // `||` (Neo4j 5 string and list concatenation) is read as `+`, which concatenates the same.
  private parseAddSub(): Expression {
    return this.parseArithmetic(() => this.parseMulDiv(), ['+', '-', '||']);
  }

  // MultiplyDivideModulo : Power ( ( '*' | '/' | '%' ) Power )*
  private parseMulDiv(): Expression {
    return this.parseArithmetic(() => this.parsePower(), ['*', '/', '%']);
  }

  // Power : UnaryAddOrSubtract ( '^' UnaryAddOrSubtract )*
  private parsePower(): Expression {
    return this.parseArithmetic(() => this.parseUnary(), ['^']);
  }

  private parseArithmetic(operand: () => Expression, ops: (BinaryOperator | '||')[]): Expression {
    const first = this.peek();
    let left = operand();
    for (;;) {
      const token = this.peek();
      const found = token.kind === 'Punct' ? ops.find((o) => o === token.value) : undefined;
      if (!found) return left;
      const op: BinaryOperator = found === '||' ? '+' : found;
      this.advance();
      const right = operand();
      left = { kind: 'Binary', operator: op, left, right, loc: this.loc(first) };
    }
  }

  // UnaryAddOrSubtract : ( '+' | '-' ) UnaryAddOrSubtract | PostfixExpression
  // A '-' directly before an integer literal is folded into the literal, so that the smallest
  // INTEGER, -9223372036854775808, can be written; one before a float literal too (below).
  private parseUnary(): Expression {
    const first = this.peek();
    if (this.isPunct('-') || this.isPunct('+')) {
      const op = this.advance().value === '-' ? '-' : '+';
      const next = this.peek();
      if (op === '-' && next.kind === 'Integer' && !this.continuesPostfix(0)) {
        this.advance();
        const value = -this.integerOf(next);
        if (value < -MAX_INTEGER - 1n) {
          throw this.fail(first.start, 'IntegerOverflow', `Integer literal ${this.source.slice(first.start, next.end)} is too small for a 64-bit INTEGER`);
        }
        return { kind: 'IntegerLiteral', value, loc: this.loc(first) };
      }
      // So is one before a float literal: Neo4j reads `-0.0` as the literal negative zero, while
      // `-(0.0)` (and `-x`) subtracts from zero at run time, giving 0.0.
      if (op === '-' && next.kind === 'Float' && Number.isFinite(next.number!) && !this.continuesPostfix(0)) {
        this.advance();
        return { kind: 'FloatLiteral', value: -next.number!, loc: this.loc(first) };
      }
      const operand = this.parseUnary();
      return { kind: 'Unary', operator: op, operand, loc: this.loc(first) };
    }
    return this.parsePostfix(true);
  }

  /** True when the token `ahead` is followed by a postfix operator (`.key`, `[...]`, `:Label`). */
  private continuesPostfix(ahead: number): boolean {
    return this.isPunct('.', ahead + 1) || this.isPunct('[', ahead + 1) || this.isPunct(':', ahead + 1);
  }

  // PostfixExpression : Atom ( '.' PropertyKey | '[' Expression ']' | '[' Expression? '..' Expression? ']' )* NodeLabels?
  private parsePostfix(allowLabels: boolean): Expression {
    const first = this.peek();
    let expression = this.parseAtom();
    for (;;) {
      if (this.isPunct('.')) {
        this.advance();
        const key = this.parseSymbolicName('a property key');
        expression = { kind: 'PropertyAccess', object: expression, key, loc: this.loc(first) };
        continue;
      }
      if (this.isPunct('[')) {
        this.advance();
        let from: Expression | null = null;
        if (!this.isPunct('..')) from = this.parseExpression();
        // `from` is null only when `..` follows the `[`.
        if (this.skipPunct('..') || from === null) {
          const to = this.isPunct(']') ? null : this.parseExpression();
          this.expectPunct(']');
          expression = { kind: 'Slice', object: expression, from, to, loc: this.loc(first) };
        } else {
          this.expectPunct(']');
          expression = { kind: 'Subscript', object: expression, index: from, loc: this.loc(first) };
        }
        continue;
      }
      break;
    }
    if (allowLabels && this.isPunct(':')) {
      const { labels, labelExpression } = this.parseNodeLabels();
      if (labelExpression && hasDynamicLabel(labelExpression)) {
        throw this.fail(first.start, 'UnexpectedSyntax', 'Dynamic Label and Types are only allowed in MATCH, CREATE, MERGE, SET and REMOVE clauses');
      }
      expression = { kind: 'LabelPredicate', operand: expression, labels, labelExpression, loc: this.loc(first) };
    }
    return expression;
  }

  // Atom : Literal | Parameter | CaseExpression | COUNT '(' '*' ')' | ListComprehension | PatternComprehension
  //      | Quantifier | Reduce | PatternExpression | ParenthesizedExpression | ExistsSubquery | CountSubquery
  //      | FunctionCall | MapProjection | Variable
  private parseAtom(): Expression {
    const token = this.peek();
    switch (token.kind) {
      case 'Integer': {
        this.advance();
        const value = this.integerOf(token);
        if (value > MAX_INTEGER) {
          throw this.fail(token.start, 'IntegerOverflow', `Integer literal ${token.value} is too large for a 64-bit INTEGER`);
        }
        return { kind: 'IntegerLiteral', value, loc: this.loc(token) };
      }
      case 'Float': {
        this.advance();
        const value = token.number;
        if (value === undefined) throw new InvariantError(`a Float token without its value at ${token.start}`);
        if (!Number.isFinite(value)) {
          throw this.fail(token.start, 'FloatingPointOverflow', `Float literal ${token.value} is too large for a 64-bit FLOAT`);
        }
        return { kind: 'FloatLiteral', value, loc: this.loc(token) };
      }
      case 'BadNumber':
        throw this.fail(
          token.start,
          'InvalidNumberLiteral',
          /^0\d/.test(token.value)
            ? `Invalid number literal '${token.value}': octal integers are written 0o${token.value.replace(/^0+/, '')}`
            : `Invalid number literal '${token.value}'`,
        );
      case 'String':
        this.advance();
        return { kind: 'StringLiteral', value: token.value, loc: this.loc(token) };
      case 'QuotedName':
        return this.parseNameAtom();
      case 'Name':
        return this.parseNameAtom();
      case 'Punct':
        switch (token.value) {
          case '$':
            return this.parseParameter();
          case '{':
            return this.parseMapLiteral();
          case '[':
            return this.parseBracketAtom();
          case '(':
            return this.parseParenAtom();
        }
        break;
      case 'EOF':
        break;
    }
    throw this.unexpected('an expression');
  }

  // Parameter : '$' ( SymbolicName | DecimalInteger )
  private parseParameter(): Expression & { kind: 'Parameter' } {
    const first = this.expectPunct('$');
    const token = this.peek();
    if (token.spaceBefore) throw this.unexpected('a parameter name directly after $');
    if (token.kind === 'Name' || token.kind === 'QuotedName' || token.kind === 'Integer') {
      this.advance();
      return { kind: 'Parameter', name: token.value, loc: this.loc(first) };
    }
    throw this.unexpected('a parameter name');
  }

  // MapLiteral : '{' ( PropertyKey ':' Expression ( ',' PropertyKey ':' Expression )* )? '}'
  private parseMapLiteral(): MapLiteral {
    const first = this.expectPunct('{');
    const entries: MapEntry[] = [];
    if (!this.isPunct('}')) {
      do {
        const start = this.peek();
        const key = this.parseSymbolicName('a map key');
        this.expectPunct(':');
        const value = this.parseExpression();
        entries.push({ kind: 'MapEntry', key, value, loc: this.loc(start) });
      } while (this.skipPunct(','));
    }
    this.expectPunct('}');
    return { kind: 'MapLiteral', entries, loc: this.loc(first) };
  }

  /**
   * ListLiteral : '[' ( Expression ( ',' Expression )* )? ']'
   * ListComprehension : '[' Variable IN Expression ( WHERE Expression )? ( '|' Expression )? ']'
   * PatternComprehension : '[' ( Variable '=' )? PatternElement ( WHERE Expression )? '|' Expression ']'
   */
  private parseBracketAtom(): Expression {
    const first = this.expectPunct('[');
    if (this.isVariableToken(this.peek()) && this.isKeyword('IN', 1)) {
      const variable = this.parseVariable();
      this.advance();
      const { source, where } = this.withPipeSeparator(() => ({ source: this.parseExpression(), where: this.parseWhere() }));
      const projection = this.skipPunct('|') ? this.parseExpression() : null;
      this.expectPunct(']');
      return { kind: 'ListComprehension', variable, source, where, projection, loc: this.loc(first) };
    }
    const comprehension = this.speculate(() => {
      let variable: Variable | null = null;
      if (this.isName(this.peek()) && this.isPunct('=', 1)) {
        variable = this.parseVariable();
        this.advance();
      }
      const pattern = this.parsePatternElement();
      if (!this.isKeyword('WHERE') && !this.isPunct('|')) throw this.unexpected("WHERE or '|'");
      return { variable, pattern };
    });
    if (comprehension) {
      const where = this.withPipeSeparator(() => this.parseWhere());
      this.expectPunct('|');
      const projection = this.parseExpression();
      this.expectPunct(']');
      return { kind: 'PatternComprehension', ...comprehension, where, projection, loc: this.loc(first) };
    }
    const elements: Expression[] = [];
    if (!this.isPunct(']')) {
      do elements.push(this.parseExpression());
      while (this.skipPunct(','));
    }
    if (!this.isPunct(']')) throw this.unexpected(elements.length ? "',' or ']'" : "an expression or ']'");
    this.advance();
    return { kind: 'ListLiteral', elements, loc: this.loc(first) };
  }

  // PatternExpression : NodePattern ( RelationshipPattern NodePattern )+
  // ParenthesizedExpression : '(' Expression ')'
  private parseParenAtom(): Expression {
    const first = this.peek();
    // Only a '(' group followed by '-' or '<-' can start a pattern: skip the attempt otherwise.
    const close = this.closing.get(this.index);
    const next = close === undefined ? undefined : this.tokens[close + 1];
    const after = close === undefined ? undefined : this.tokens[close + 2];
    const mayBePattern = next?.kind === 'Punct' && (next.value === '-' || (next.value === '<' && after?.kind === 'Punct' && after.value === '-'));
    const pattern = !mayBePattern
      ? undefined
      : this.speculate(() => {
          const element = this.parsePatternElement();
          if (element.relationships.length === 0) throw this.unexpected('a relationship');
          return element;
        });
    if (pattern) return { kind: 'PatternExpression', pattern, loc: this.loc(first) };
    this.advance();
    const inner = this.parseExpression();
    this.expectPunct(')');
    return inner;
  }

  /** Atoms that start with a name: keywords, function calls, subqueries, variables. */
  private parseNameAtom(): Expression {
    const token = this.peek();
    const quoted = token.kind === 'QuotedName';
    const upper = quoted ? '' : token.value.toUpperCase();
    switch (upper) {
      case 'TRUE':
      case 'FALSE':
        this.advance();
        return { kind: 'BooleanLiteral', value: upper === 'TRUE', loc: this.loc(token) };
      case 'NULL':
        this.advance();
        return { kind: 'NullLiteral', loc: this.loc(token) };
      case 'INF':
      case 'INFINITY':
      case 'NAN':
        if (this.isPunct('(', 1)) break;
        this.advance();
        return { kind: 'FloatLiteral', value: upper === 'NAN' ? Number.NaN : Number.POSITIVE_INFINITY, loc: this.loc(token) };
      case 'CASE':
        return this.parseCase();
      case 'COUNT':
        if (this.isPunct('(', 1) && this.isPunct('*', 2) && this.isPunct(')', 3)) {
          this.advance();
          this.advance();
          this.advance();
          this.advance();
          return { kind: 'CountStar', loc: this.loc(token) };
        }
        if (this.isPunct('{', 1)) return this.parseSubqueryExpression('CountSubquery');
        break;
      case 'EXISTS':
        if (this.isPunct('{', 1)) return this.parseSubqueryExpression('ExistsSubquery');
        break;
      case 'COLLECT':
        if (this.isPunct('{', 1)) {
          this.advance();
          this.advance();
          const query = this.parseQuery();
          this.expectPunct('}');
          return { kind: 'CollectSubquery', query, loc: this.loc(token) };
        }
        break;
      case 'ALL':
      case 'ANY':
      case 'NONE':
      case 'SINGLE':
        if (this.isPunct('(', 1) && this.isVariableToken(this.peek(2)) && this.isKeyword('IN', 3)) return this.parseQuantifier();
        break;
      case 'REDUCE':
        if (this.isPunct('(', 1)) return this.parseReduce();
        break;
    }
    // FunctionCall : Namespace? Name '(' DISTINCT? ( Expression ( ',' Expression )* )? ')'
    let ahead = 1;
    while (this.isPunct('.', ahead) && this.isName(this.peek(ahead + 1))) ahead += 2;
    if (this.isPunct('(', ahead)) return this.parseFunctionCall();
    if (!quoted && RESERVED.has(upper)) throw this.unexpected('an expression');
    const variable = this.parseVariable();
    // MapProjection : Variable '{' ( MapProjectionItem ( ',' MapProjectionItem )* )? '}'
    if (this.isPunct('{')) return this.parseMapProjection(variable);
    return variable;
  }

  // CaseExpression : CASE ( WHEN Expression THEN Expression )+ ( ELSE Expression )? END
  //                | CASE Expression ( WHEN WhenOperand ( ',' WhenOperand )* THEN Expression )+ ( ELSE Expression )? END
  private parseCase(): CaseExpression {
    const first = this.expectKeyword('CASE');
    const test = this.isKeyword('WHEN') ? null : this.parseExpression();
    const alternatives: CaseAlternative[] = [];
    while (this.isKeyword('WHEN')) {
      const start = this.advance();
      let when: Expression;
      if (test) {
        const operands = [this.parseWhenOperand()];
        while (this.skipPunct(',')) operands.push(this.parseWhenOperand());
        const [only] = operands;
        when = only !== undefined && operands.length === 1 && !only.extended ? only.expression : extendedWhen(operands, this.loc(start));
      } else {
        when = this.parseExpression();
      }
      this.expectKeyword('THEN');
      const then = this.parseExpression();
      alternatives.push({ kind: 'CaseAlternative', when, then, loc: this.loc(start) });
    }
    if (alternatives.length === 0) throw this.unexpected('WHEN');
    const otherwise = this.skipKeyword('ELSE') ? this.parseExpression() : null;
    if (!this.isKeyword('END')) throw this.unexpected(otherwise ? 'END' : 'WHEN, ELSE or END');
    this.advance();
    return { kind: 'Case', test, alternatives, default: otherwise, loc: this.loc(first) };
  }

  // WhenOperand : ( '=' | '<>' | '<' | '>' | '<=' | '>=' ) StringListNullPredicate
  //             | ( '=~' | STARTS WITH | ENDS WITH ) AddOrSubtract
  //             | IS NOT? NULL | IS NOT? TYPED Type | '::' Type | IS NOT? NormalForm? NORMALIZED
  //             | Expression
  // (Neo4j 5's extended simple CASE; `IS ::` is not one of them, and `IS` there reads as a name.)
  private parseWhenOperand(): { expression: Expression; extended: boolean } {
    const token = this.peek();
    const subject: Expression = { kind: 'CaseSubject', loc: { start: token.start, end: token.start, line: token.line, column: token.column } };
    if (token.kind === 'Punct' && ['=', '<>', '<', '>', '<=', '>='].includes(token.value)) {
      this.advance();
      const right = this.parseStringListNull();
      const operator = token.value as ComparisonOperator;
      return { expression: { kind: 'Comparison', operands: [subject, right], operators: [operator], loc: this.loc(token) }, extended: true };
    }
    if (token.kind === 'Punct' && token.value === '!=')
      throw this.fail(token.start, 'UnexpectedSyntax', "Unknown operation '!=': the inequality operator is '<>'");
    const isPredicate =
      this.isPunct('=~') ||
      this.isPunct('::') ||
      ((this.isKeyword('STARTS') || this.isKeyword('ENDS')) && this.isKeyword('WITH', 1)) ||
      (this.isKeyword('IS') && (this.isKeyword('NOT', 1) ? !this.isPunct('::', 2) : !this.isPunct('::', 1)));
    if (isPredicate) return { expression: this.parseStringListNullTail(token, subject), extended: true };
    return { expression: this.parseExpression(), extended: false };
  }

  // ExistsSubquery : EXISTS '{' ( Query | Pattern ( WHERE Expression )? ) '}'
  // CountSubquery  : COUNT '{' ( Query | Pattern ( WHERE Expression )? ) '}'
  private parseSubqueryExpression(kind: 'ExistsSubquery' | 'CountSubquery'): Expression {
    const first = this.advance();
    this.expectPunct('{');
    let query: Query | null = null;
    let pattern: Pattern | null = null;
    let where: Expression | null = null;
    if (this.startsClause()) {
      query = this.parseQuery();
    } else {
      pattern = this.parsePattern();
      where = this.parseWhere();
    }
    this.expectPunct('}');
    return { kind, query, pattern, where, loc: this.loc(first) };
  }

  // Quantifier : ( ALL | ANY | NONE | SINGLE ) '(' Variable IN Expression ( WHERE Expression )? ')'
  private parseQuantifier(): Expression {
    const first = this.advance();
    const quantifier = QUANTIFIERS.find((q) => q === first.value.toLowerCase());
    if (quantifier === undefined) throw this.fail(first.start, 'UnexpectedSyntax', 'expected ALL, ANY, NONE or SINGLE');
    this.expectPunct('(');
    const variable = this.parseVariable();
    this.expectKeyword('IN');
    const source = this.parseExpression();
    // Neo4j requires the predicate: `any(x IN list)` is an error there.
    if (!this.isKeyword('WHERE')) throw this.unexpected('WHERE and a predicate');
    const where = this.parseWhere();
    this.expectPunct(')');
    return { kind: 'Quantifier', quantifier, variable, source, where, loc: this.loc(first) };
  }

  // Reduce : REDUCE '(' Variable '=' Expression ',' Variable IN Expression '|' Expression ')'
  private parseReduce(): Expression {
    const first = this.advance();
    this.expectPunct('(');
    const accumulator = this.parseVariable();
    this.expectPunct('=');
    const init = this.parseExpression();
    this.expectPunct(',');
    const variable = this.parseVariable();
    this.expectKeyword('IN');
    const source = this.withPipeSeparator(() => this.parseExpression());
    this.expectPunct('|');
    const expression = this.parseExpression();
    this.expectPunct(')');
    return { kind: 'Reduce', accumulator, init, variable, source, expression, loc: this.loc(first) };
  }

  private parseFunctionCall(): Expression {
    const first = this.peek();
    const names: string[] = [];
    let name = this.parseSymbolicName('a function name');
    while (this.skipPunct('.')) {
      names.push(name);
      name = this.parseSymbolicName('a function name');
    }
    this.expectPunct('(');
    const lower = names.length === 0 ? name.toLowerCase() : '';
    if (lower === 'trim') {
      const trim = this.parseTrimRest(first);
      if (trim) return trim;
    }
    if (lower === 'normalize') return this.parseNormalizeRest(first, name);
    const distinct = this.skipKeyword('DISTINCT');
    const args = this.isPunct(')') ? [] : this.commaList(() => this.parseExpression());
    if (!this.isPunct(')')) throw this.unexpected("',' or ')'");
    this.advance();
    return { kind: 'FunctionCall', namespace: names, name, distinct, arguments: args, loc: this.loc(first) };
  }

  // Trim : trim '(' ( ( BOTH | LEADING | TRAILING ) Expression? FROM | Expression FROM )? Expression ')'
  // (after '('; undefined for plain `trim(s)`, which is an ordinary function call)
  private parseTrimRest(first: Token): Expression | undefined {
    const [start, startEnd, startDepth] = [this.index, this.lastEnd, this.depth];
    let mode: 'BOTH' | 'LEADING' | 'TRAILING' | null = null;
    for (const m of ['BOTH', 'LEADING', 'TRAILING'] as const) {
      if (this.isKeyword(m) && !this.isPunct(')', 1) && !this.isPunct('.', 1) && !this.isPunct('(', 1)) mode = m;
    }
    if (mode) this.advance();
    let characters: Expression | null = null;
    if (!this.skipKeyword('FROM')) {
      if (!mode && this.isKeyword('DISTINCT')) return undefined;
      characters = this.parseExpression();
      if (!this.skipKeyword('FROM')) {
        if (mode) throw this.unexpected('FROM');
        // `trim(s)`: read again as a function call.
        [this.index, this.lastEnd, this.depth] = [start, startEnd, startDepth];
        return undefined;
      }
    }
    const source = this.parseExpression();
    this.expectPunct(')');
    return { kind: 'Trim', mode: mode ?? 'BOTH', characters, source, loc: this.loc(first) };
  }

  // Normalize : normalize '(' Expression ( ',' ( NFC | NFD | NFKC | NFKD ) )? ')'
  // (the form is a keyword, kept in the AST as a string literal argument)
  private parseNormalizeRest(first: Token, name: string): Expression {
    const args: Expression[] = [this.parseExpression()];
    if (this.skipPunct(',')) {
      const token = this.peek();
      const form = token.kind === 'Name' ? NORMAL_FORMS.find((f) => f === token.value.toUpperCase()) : undefined;
      if (!form || !this.isPunct(')', 1)) throw this.fail(token.start, 'UnexpectedSyntax', 'Invalid normal form, expected NFC, NFD, NFKC, NFKD');
      this.advance();
      args.push({ kind: 'StringLiteral', value: form, loc: this.loc(token) });
    }
    if (!this.isPunct(')')) throw this.unexpected("',' or ')'");
    this.advance();
    return { kind: 'FunctionCall', namespace: [], name, distinct: false, arguments: args, loc: this.loc(first) };
  }

  // MapProjectionItem : '.' PropertyKey | '.' '*' | PropertyKey ':' Expression | Variable
  private parseMapProjection(variable: Variable): MapProjection {
    this.expectPunct('{');
    const items: MapProjectionItem[] = [];
    if (!this.isPunct('}')) {
      do {
        const start = this.peek();
        if (this.skipPunct('.')) {
          if (this.skipPunct('*')) items.push({ kind: 'AllPropertiesSelector', loc: this.loc(start) });
          else {
            const key = this.parseSymbolicName('a property key or *');
            items.push({ kind: 'PropertySelector', key, loc: this.loc(start) });
          }
        } else if (this.isName(start) && this.isPunct(':', 1)) {
          const key = this.parseSymbolicName('a map key');
          this.advance();
          const value = this.parseExpression();
          items.push({ kind: 'LiteralEntry', key, value, loc: this.loc(start) });
        } else {
          const selected = this.parseVariable();
          items.push({ kind: 'VariableSelector', variable: selected, loc: this.loc(start) });
        }
      } while (this.skipPunct(','));
    }
    this.expectPunct('}');
    return { kind: 'MapProjection', variable, items, loc: this.loc(variable.loc) };
  }

  // -------------------------------------------------------------------------------------------
  // Names

  private isName(token: Token): boolean {
    return token.kind === 'Name' || token.kind === 'QuotedName';
  }

  /** A name that can stand as a variable where an expression could also start (`[x IN ...` vs `[false IN ...`). */
  private isVariableToken(token: Token): boolean {
    if (token.kind === 'QuotedName') return true;
    if (token.kind !== 'Name') return false;
    const upper = token.value.toUpperCase();
    return !RESERVED.has(upper) && upper !== 'TRUE' && upper !== 'FALSE' && upper !== 'NULL';
  }

  // SymbolicName : Name | QuotedName   (keywords allowed: labels, keys and types may be any word)
  private parseSymbolicName(expected: string): string {
    const token = this.peek();
    if (!this.isName(token)) throw this.unexpected(expected);
    this.advance();
    return token.value;
  }

  // Variable : SymbolicName
  private parseVariable(): Variable {
    const token = this.peek();
    if (!this.isName(token)) throw this.unexpected('a variable name');
    this.advance();
    return { kind: 'Variable', name: token.value, loc: this.loc(token) };
  }
}

/** A WHEN's operands as predicates on the CASE's subject: a plain value `v` reads `= v`. */
function extendedWhen(operands: { expression: Expression; extended: boolean }[], loc: Loc): Expression {
  return {
    kind: 'ExtendedWhen',
    operands: operands.map(({ expression, extended }) =>
      extended
        ? expression
        : {
            kind: 'Comparison',
            operands: [{ kind: 'CaseSubject', loc: { ...expression.loc, end: expression.loc.start } }, expression],
            operators: ['='],
            loc: expression.loc,
          },
    ),
    loc,
  };
}
