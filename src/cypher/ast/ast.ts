// The abstract syntax tree of a Cypher query: what `parse` builds and every later phase reads.
// A discriminated union on `kind`, so validate, planner and executor can `switch` exhaustively.
//
// Conventions (stable; later changes only ADD kinds or optional fields, never rename):
// - Every node has a literal `kind` and a `loc` (0-based `start`/`end` offsets into the query
//   text, `end` exclusive; 1-based `line`/`column` of `start`).
// - Optional parts are `null` when absent (never `undefined`), lists are `[]` when empty.
// - Names (labels, relationship types, property keys, variables) are kept exactly as written,
//   with backticks removed. Keywords and function names keep the source spelling; compare
//   function names case-insensitively (`name.toLowerCase()`).
// - INTEGER literals are `bigint` (out-of-range literals are rejected by the parser, and a
//   minus sign directly before an integer literal is folded in so -9223372036854775808 works);
//   FLOAT literals are `number`.
// - A pattern path is flat: `nodes.length === relationships.length + 1`, relationship i joins
//   nodes i and i+1.
// - Comparison chains `a < b <= c` are one `Comparison` node (meaning a < b AND b <= c, with b
//   evaluated once); a single `a = b` is a chain of two operands.

/** Where a node sits in the query text. */
export interface Loc {
  /** 0-based offset of the first character. */
  start: number;
  /** 0-based offset just past the last character. */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`. */
  column: number;
}

interface NodeBase {
  loc: Loc;
}

// ---------------------------------------------------------------------------------------------
// Queries

/** A whole query: one single query, or several joined by UNION / UNION ALL. */
export type Query = SingleQuery | UnionQuery;

/** `MATCH ... RETURN ...`: clauses in order. The last clause is RETURN unless the query only updates or calls. */
export interface SingleQuery extends NodeBase {
  kind: 'SingleQuery';
  clauses: Clause[];
}

/**
 * `q1 UNION q2 UNION ALL q3`. `all[i]` says whether the join between `queries[i]` and
 * `queries[i + 1]` is UNION ALL. Mixing the two is rejected by validate (InvalidClauseComposition),
 * so after validation every entry of `all` is equal.
 */
export interface UnionQuery extends NodeBase {
  kind: 'UnionQuery';
  queries: SingleQuery[];
  all: boolean[];
}

// ---------------------------------------------------------------------------------------------
// Clauses

export type Clause =
  | MatchClause
  | WithClause
  | ReturnClause
  | UnwindClause
  | CreateClause
  | MergeClause
  | SetClause
  | RemoveClause
  | DeleteClause
  | CallProcedureClause
  | CallSubqueryClause
  | ForeachClause
  | FinishClause;

/** `FINISH`: the query ends without returning rows (its updates still happen). */
export interface FinishClause extends NodeBase {
  kind: 'Finish';
}

/** `[OPTIONAL] MATCH pattern [WHERE expr]` */
export interface MatchClause extends NodeBase {
  kind: 'Match';
  optional: boolean;
  pattern: Pattern;
  where: Expression | null;
}

/** One item of a WITH or RETURN: `expr [AS alias]`. */
export interface ProjectionItem extends NodeBase {
  kind: 'ProjectionItem';
  expression: Expression;
  alias: Variable | null;
  /**
   * The expression exactly as written in the query (whitespace inside kept, outer trimmed):
   * the column name when there is no alias, as Neo4j names columns.
   */
  text: string;
}

/** `ORDER BY expr [ASC|DESC]` item. `ASCENDING`/`DESCENDING` are normalised. */
export interface SortItem extends NodeBase {
  kind: 'SortItem';
  expression: Expression;
  direction: 'ASC' | 'DESC';
}

/** `ORDER BY … SKIP … LIMIT …`: how a projection orders and cuts its rows (each part optional). */
export interface Paging {
  orderBy: SortItem[] | null;
  skip: Expression | null;
  limit: Expression | null;
}

/** Fields WITH and RETURN share. */
export interface ProjectionBody extends Paging {
  distinct: boolean;
  /** `*` was given (possibly followed by more items: `RETURN *, n.x AS y`). */
  star: boolean;
  items: ProjectionItem[];
}

/** `WITH [DISTINCT] items [ORDER BY ...] [SKIP n] [LIMIT n] [WHERE expr]` */
export interface WithClause extends NodeBase, ProjectionBody {
  kind: 'With';
  where: Expression | null;
}

/** `RETURN [DISTINCT] items [ORDER BY ...] [SKIP n] [LIMIT n]` */
export interface ReturnClause extends NodeBase, ProjectionBody {
  kind: 'Return';
}

/** `UNWIND expr AS variable` */
export interface UnwindClause extends NodeBase {
  kind: 'Unwind';
  expression: Expression;
  variable: Variable;
}

/** `CREATE pattern` */
export interface CreateClause extends NodeBase {
  kind: 'Create';
  pattern: Pattern;
}

/** `ON CREATE SET items` / `ON MATCH SET items` after MERGE. */
export interface MergeAction extends NodeBase {
  kind: 'MergeAction';
  on: 'create' | 'match';
  items: SetItem[];
}

/** `MERGE patternPart [ON CREATE SET ...] [ON MATCH SET ...]...` */
export interface MergeClause extends NodeBase {
  kind: 'Merge';
  pattern: PatternPart;
  actions: MergeAction[];
}

/** `SET item, item, ...` */
export interface SetClause extends NodeBase {
  kind: 'Set';
  items: SetItem[];
}

export type SetItem = SetPropertyItem | SetVariableItem | SetLabelsItem;

/** `SET n.prop = expr` (target is any property access, e.g. `(n).prop`). */
export interface SetPropertyItem extends NodeBase {
  kind: 'SetProperty';
  target: PropertyAccess;
  value: Expression;
}

/** `SET n = map` (replace all properties) or `SET n += map` (merge, `merge: true`). */
export interface SetVariableItem extends NodeBase {
  kind: 'SetVariable';
  variable: Variable;
  value: Expression;
  merge: boolean;
}

/** `SET n:A:B` */
export interface SetLabelsItem extends NodeBase {
  kind: 'SetLabels';
  variable: Variable;
  labels: string[];
  /** `SET n:$(expr)`: labels computed per row, besides `labels`. */
  dynamicLabels: LabelDynamic[];
}

/** `REMOVE item, item, ...` */
export interface RemoveClause extends NodeBase {
  kind: 'Remove';
  items: RemoveItem[];
}

export type RemoveItem = RemovePropertyItem | RemoveLabelsItem;

/** `REMOVE n.prop` */
export interface RemovePropertyItem extends NodeBase {
  kind: 'RemoveProperty';
  target: PropertyAccess;
}

/** `REMOVE n:A:B` */
export interface RemoveLabelsItem extends NodeBase {
  kind: 'RemoveLabels';
  variable: Variable;
  labels: string[];
  /** `REMOVE n:$(expr)`: labels computed per row, besides `labels`. */
  dynamicLabels: LabelDynamic[];
}

/** `[DETACH] DELETE expr, expr, ...` */
export interface DeleteClause extends NodeBase {
  kind: 'Delete';
  detach: boolean;
  expressions: Expression[];
}

/** One `field [AS variable]` of YIELD; `variable` is the alias, or a variable named like the field. */
export interface YieldItem extends NodeBase {
  kind: 'YieldItem';
  field: string;
  variable: Variable;
}

/**
 * `CALL ns.name(args) [YIELD items [WHERE expr]]` or `CALL ns.name` (implicit arguments:
 * `arguments === null`, taken from parameters of the same names). `YIELD *` sets `yieldStar`.
 * `yield === null` when there is no YIELD.
 */
export interface CallProcedureClause extends NodeBase {
  kind: 'CallProcedure';
  /** `OPTIONAL CALL`: a row the procedure yields nothing for is kept, its outputs null. */
  optional: boolean;
  namespace: string[];
  name: string;
  arguments: Expression[] | null;
  yieldStar: boolean;
  yield: YieldItem[] | null;
  where: Expression | null;
}

/**
 * `CALL { query }` or `CALL (a, b) { query }` (variable scope clause: `importVariables`, `null`
 * when absent; `CALL (*)` gives `importAll`).
 */
export interface CallSubqueryClause extends NodeBase {
  kind: 'CallSubquery';
  query: Query;
  importVariables: Variable[] | null;
  importAll: boolean;
  /** `OPTIONAL CALL { … }`: a row the subquery returns nothing for is kept, its columns null. */
  optional: boolean;
  /** `IN TRANSACTIONS [OF n ROWS] [ON ERROR FAIL]`; null when absent. */
  inTransactions: InTransactions | null;
}

/** How `CALL { … } IN TRANSACTIONS` batches its input. */
export interface InTransactions extends NodeBase {
  kind: 'InTransactions';
  /** `IN [n] CONCURRENT TRANSACTIONS`; the embedded engine runs the batches one after another. */
  concurrent: boolean;
  /** The `n` of `IN n CONCURRENT TRANSACTIONS`; null when absent. */
  concurrency: Expression | null;
  /** `OF n ROWS`; null for Neo4j's default (1000). */
  batchSize: Expression | null;
  /** `ON ERROR …` as written; null when absent (FAIL). */
  onError: 'FAIL' | 'CONTINUE' | 'BREAK' | 'RETRY' | null;
  /** `REPORT STATUS AS v`; null when absent. */
  reportStatus: Variable | null;
}

/** `FOREACH (variable IN list | updating clauses)` */
export interface ForeachClause extends NodeBase {
  kind: 'Foreach';
  variable: Variable;
  list: Expression;
  clauses: Clause[];
}

// ---------------------------------------------------------------------------------------------
// Patterns

/** Comma-separated pattern parts, as after MATCH or CREATE. */
export interface Pattern extends NodeBase {
  kind: 'Pattern';
  parts: PatternPart[];
}

/**
 * `[p =] path`, or `[p =] shortestPath(path)` / `allShortestPaths(path)` (`shortest` says
 * which; `null` for a plain path).
 */
export interface PatternPart extends NodeBase {
  kind: 'PatternPart';
  variable: Variable | null;
  shortest: 'shortestPath' | 'allShortestPaths' | null;
  /** A Neo4j 5 path selector before the path (`SHORTEST 2`, `ALL SHORTEST`, `ANY`); null when absent. */
  selector: PathSelector | null;
  element: PatternElement;
}

/**
 * Which paths a part keeps, per pair of end nodes: `SHORTEST k` (and `ANY SHORTEST`, k 1) the k
 * shortest; `ANY k` any k; `ALL SHORTEST` every shortest; `SHORTEST k GROUPS` every path of
 * the k shortest lengths. `ALL [PATHS]` selects nothing away and is not kept.
 */
export interface PathSelector {
  kind: 'shortest' | 'any' | 'allShortest' | 'shortestGroups';
  k: number;
}

/** `(a)-[r]->(b)<-[s]-(c)`: nodes and the relationships between them, flat. */
export interface PatternElement extends NodeBase {
  kind: 'PatternElement';
  nodes: NodePattern[];
  relationships: RelationshipPattern[];
  /**
   * `((a)-->(b) WHERE p)`: a WHERE inside parentheses around the whole path (with a path
   * selector, it holds before the selection). Null otherwise.
   */
  where: Expression | null;
}

/** A map literal or a parameter, as allowed after a node or relationship pattern's labels/types. */
export type PatternProperties = MapLiteral | Parameter;

/**
 * `(v:A:B {k: v} WHERE expr)`. `labels` is the conjunction `:A:B` (also written `:A&B` or
 * `:(A)`). A label expression that is not a plain conjunction (`:A|B`, `:!A`, `:%`) is in
 * `labelExpression` (then `labels` is []); exactly one of the two is used.
 */
export interface NodePattern extends NodeBase {
  kind: 'NodePattern';
  variable: Variable | null;
  labels: string[];
  labelExpression: LabelExpression | null;
  properties: PatternProperties | null;
  where: Expression | null;
}

/** Bounds of a variable-length relationship; `null` bound = open (`*` is min null, max null; `*2` is 2..2). */
export interface RelationshipRange {
  min: number | null;
  max: number | null;
}

/**
 * `-[v:T|U*1..3 {k: v} WHERE expr]->`. `direction`: 'right' for `-->`, 'left' for `<--`, 'none'
 * for `--` (and `<-->`). `types` are alternatives (`:T|U`, also `:T|:U`); [] means any type.
 * `length` is null for a single-hop relationship.
 */
export interface RelationshipPattern extends NodeBase {
  kind: 'RelationshipPattern';
  variable: Variable | null;
  types: string[];
  direction: 'left' | 'right' | 'none';
  length: RelationshipRange | null;
  properties: PatternProperties | null;
  where: Expression | null;
  /**
   * Types with a dynamic part (`:$(t)`, `:T|$any(list)`), as alternatives (a LabelOr of names
   * and LabelDynamic, or one of them); `types` is then []. Null when every type is written.
   */
  typeExpression: LabelExpression | null;
  /**
   * A Neo4j 5 quantifier as written after the relationship (`{1,3}`, `+`, `*`): a quantified
   * relationship, with its bounds in `length`; its WHERE holds for each relationship. Null for
   * a plain or `*` variable-length relationship.
   */
  quantifier: string | null;
  /**
   * When set, this slot between nodes i and i+1 is a quantified path pattern
   * `((x)-[r]->(y) WHERE p){m,n}`, not a relationship: the other fields are empty (no variable,
   * no types, direction 'none') but `length`, which holds its bounds. Nodes i and i+1 are the
   * nodes written next to it (anonymous ones added where none is written).
   */
  quantified: QuantifiedPath | null;
}

/** `(inner WHERE predicate){m,n}` (or `+`, `*`): a path repeated m to n times. */
export interface QuantifiedPath extends NodeBase {
  kind: 'QuantifiedPath';
  element: PatternElement;
  where: Expression | null;
  min: number;
  /** null when unbounded. */
  max: number | null;
  /** As written: `{1,3}`, `+`, `*`. */
  quantifier: string;
}

/** Neo4j 5 label expressions, for forms beyond the plain `:A:B`. */
export type LabelExpression = LabelName | LabelWildcard | LabelNot | LabelAnd | LabelOr | LabelDynamic;

/**
 * `$(expr)` / `$all(expr)` (mode 'all') or `$any(expr)` (mode 'any'): labels or types named by a
 * STRING or LIST<STRING> computed per row. Only in MATCH, CREATE, MERGE, SET and REMOVE.
 */
export interface LabelDynamic extends NodeBase {
  kind: 'LabelDynamic';
  mode: 'all' | 'any';
  expression: Expression;
}

export interface LabelName extends NodeBase {
  kind: 'LabelName';
  name: string;
}
/** `%`: any label. */
export interface LabelWildcard extends NodeBase {
  kind: 'LabelWildcard';
}
export interface LabelNot extends NodeBase {
  kind: 'LabelNot';
  operand: LabelExpression;
}
export interface LabelAnd extends NodeBase {
  kind: 'LabelAnd';
  operands: LabelExpression[];
}
export interface LabelOr extends NodeBase {
  kind: 'LabelOr';
  operands: LabelExpression[];
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type Expression =
  | IntegerLiteral
  | FloatLiteral
  | StringLiteral
  | BooleanLiteral
  | NullLiteral
  | ListLiteral
  | MapLiteral
  | Parameter
  | Variable
  | PropertyAccess
  | Subscript
  | Slice
  | BinaryExpression
  | Comparison
  | UnaryExpression
  | IsNull
  | TypePredicate
  | NormalizedPredicate
  | LabelPredicate
  | CaseExpression
  | ExtendedWhen
  | CaseSubject
  | ListComprehension
  | PatternComprehension
  | PatternExpression
  | ExistsSubquery
  | CountSubquery
  | CollectSubquery
  | Quantifier
  | Reduce
  | MapProjection
  | FunctionCall
  | Trim
  | CountStar;

/** `42`, `0x2A`, `0o52`. */
export interface IntegerLiteral extends NodeBase {
  kind: 'IntegerLiteral';
  value: bigint;
}

/** `1.5`, `.5`, `1e3`, `1.5E-7`. */
export interface FloatLiteral extends NodeBase {
  kind: 'FloatLiteral';
  value: number;
}

/** `'text'` or `"text"`, escapes resolved. */
export interface StringLiteral extends NodeBase {
  kind: 'StringLiteral';
  value: string;
}

export interface BooleanLiteral extends NodeBase {
  kind: 'BooleanLiteral';
  value: boolean;
}

export interface NullLiteral extends NodeBase {
  kind: 'NullLiteral';
}

/** `[a, b, c]` */
export interface ListLiteral extends NodeBase {
  kind: 'ListLiteral';
  elements: Expression[];
}

/** `key: value` inside a map literal. */
export interface MapEntry extends NodeBase {
  kind: 'MapEntry';
  key: string;
  value: Expression;
}

/** `{a: 1, b: 'x'}`; entries in source order. */
export interface MapLiteral extends NodeBase {
  kind: 'MapLiteral';
  entries: MapEntry[];
}

/** `$name` or `$0`; `name` without the dollar. */
export interface Parameter extends NodeBase {
  kind: 'Parameter';
  name: string;
}

export interface Variable extends NodeBase {
  kind: 'Variable';
  name: string;
}

/** `expr.key` */
export interface PropertyAccess extends NodeBase {
  kind: 'PropertyAccess';
  object: Expression;
  key: string;
}

/** `expr[index]`: list index or dynamic map/property key. */
export interface Subscript extends NodeBase {
  kind: 'Subscript';
  object: Expression;
  index: Expression;
}

/** `expr[from..to]`, either bound may be absent. */
export interface Slice extends NodeBase {
  kind: 'Slice';
  object: Expression;
  from: Expression | null;
  to: Expression | null;
}

export type BinaryOperator = 'OR' | 'XOR' | 'AND' | '+' | '-' | '*' | '/' | '%' | '^' | '=~' | 'STARTS WITH' | 'ENDS WITH' | 'CONTAINS' | 'IN';

/** `left op right` for boolean, arithmetic, string and list operators. */
export interface BinaryExpression extends NodeBase {
  kind: 'Binary';
  operator: BinaryOperator;
  left: Expression;
  right: Expression;
}

export type ComparisonOperator = '=' | '<>' | '<' | '>' | '<=' | '>=';

/**
 * `a op1 b op2 c ...`: `operands.length === operators.length + 1`; true when every adjacent
 * pair compares true (three-valued AND over the pairs).
 */
export interface Comparison extends NodeBase {
  kind: 'Comparison';
  operands: Expression[];
  operators: ComparisonOperator[];
}

/** `NOT e`, `-e`, `+e` */
export interface UnaryExpression extends NodeBase {
  kind: 'Unary';
  operator: 'NOT' | '-' | '+';
  operand: Expression;
}

/** `e IS NULL` / `e IS NOT NULL` (`negated`). */
export interface IsNull extends NodeBase {
  kind: 'IsNull';
  operand: Expression;
  negated: boolean;
}

/**
 * A Cypher type as written after `::` in a type predicate, normalised: synonyms resolved (`INT`
 * is INTEGER, `TIMESTAMP WITH TIME ZONE` is ZONED DATETIME, `ANY<A | B>` and `A | B` are
 * `members`), `!` read as NOT NULL. Plain data, not a node: it has no location of its own.
 */
export interface CypherType {
  /**
   * BOOLEAN, STRING, INTEGER, FLOAT, DATE, LOCAL TIME, ZONED TIME, LOCAL DATETIME, ZONED
   * DATETIME, DURATION, POINT, NODE, RELATIONSHIP, MAP, PATH, PROPERTY VALUE, LIST (with
   * `element`), ANY, NOTHING, NULL, or UNION (with `members`).
   */
  name: string;
  notNull: boolean;
  element?: CypherType;
  members?: CypherType[];
}

/** `e IS :: T`, `e :: T`, `e IS NOT :: T` (`negated`). */
export interface TypePredicate extends NodeBase {
  kind: 'TypePredicate';
  operand: Expression;
  type: CypherType;
  negated: boolean;
}

/** `e IS [NOT] [NFC|NFD|NFKC|NFKD] NORMALIZED` (NFC when no form is written). */
export interface NormalizedPredicate extends NodeBase {
  kind: 'NormalizedPredicate';
  operand: Expression;
  form: 'NFC' | 'NFD' | 'NFKC' | 'NFKD';
  negated: boolean;
}

/**
 * `trim([BOTH|LEADING|TRAILING] [characters] FROM source)` (`mode` BOTH when not written). Plain
 * `trim(s)` stays a FunctionCall.
 */
export interface Trim extends NodeBase {
  kind: 'Trim';
  mode: 'BOTH' | 'LEADING' | 'TRAILING';
  characters: Expression | null;
  source: Expression;
}

/**
 * `n:A:B` in an expression (all labels; for a relationship, its type). A non-conjunctive label
 * expression `n:A|B` is in `labelExpression` (then `labels` is []).
 */
export interface LabelPredicate extends NodeBase {
  kind: 'LabelPredicate';
  operand: Expression;
  labels: string[];
  labelExpression: LabelExpression | null;
}

/** `WHEN when THEN then` */
export interface CaseAlternative extends NodeBase {
  kind: 'CaseAlternative';
  when: Expression;
  then: Expression;
}

/**
 * In a simple CASE, a WHEN with a list of operands or a comparison (`WHEN < 3, IS NULL, 5`):
 * each operand a predicate on the CASE's subject (`CaseSubject`), a plain value `v` as
 * `= v`. The alternative matches when one operand is true. A single plain value stays the
 * `when` of its alternative, compared for equality.
 */
export interface ExtendedWhen extends NodeBase {
  kind: 'ExtendedWhen';
  operands: Expression[];
}

/** The value after CASE, in an operand of an `ExtendedWhen` (`< 3` is `CaseSubject < 3`). */
export interface CaseSubject extends NodeBase {
  kind: 'CaseSubject';
}

/** `CASE [test] WHEN ... THEN ... [ELSE default] END`; `test` null for the generic form. */
export interface CaseExpression extends NodeBase {
  kind: 'Case';
  test: Expression | null;
  alternatives: CaseAlternative[];
  default: Expression | null;
}

/** `[x IN list WHERE pred | projection]`; `where`/`projection` null when absent. */
export interface ListComprehension extends NodeBase {
  kind: 'ListComprehension';
  variable: Variable;
  source: Expression;
  where: Expression | null;
  projection: Expression | null;
}

/** `[p = (a)-->(b) WHERE pred | projection]`; `variable` is the path name, if any. */
export interface PatternComprehension extends NodeBase {
  kind: 'PatternComprehension';
  variable: Variable | null;
  pattern: PatternElement;
  where: Expression | null;
  projection: Expression;
}

/**
 * A relationship pattern used as an expression, `(a)-->(:B)` (at least one relationship): in
 * WHERE a predicate (true when a match exists); elsewhere the list of matching paths.
 */
export interface PatternExpression extends NodeBase {
  kind: 'PatternExpression';
  pattern: PatternElement;
}

/**
 * `EXISTS { MATCH ... RETURN ... }` (`query` set) or `EXISTS { (a)-->(b) WHERE pred }`
 * (`pattern` and optional `where` set; `query` null).
 */
export interface ExistsSubquery extends NodeBase {
  kind: 'ExistsSubquery';
  query: Query | null;
  pattern: Pattern | null;
  where: Expression | null;
}

/** `COUNT { ... }`: the same two forms as EXISTS. */
export interface CountSubquery extends NodeBase {
  kind: 'CountSubquery';
  query: Query | null;
  pattern: Pattern | null;
  where: Expression | null;
}

/** `COLLECT { MATCH ... RETURN x }`: the list of the single returned column. */
export interface CollectSubquery extends NodeBase {
  kind: 'CollectSubquery';
  query: Query;
}

/** `all(x IN list WHERE pred)`, and any / none / single. */
export interface Quantifier extends NodeBase {
  kind: 'Quantifier';
  quantifier: 'all' | 'any' | 'none' | 'single';
  variable: Variable;
  source: Expression;
  where: Expression | null;
}

/** `reduce(acc = init, x IN list | expression)` */
export interface Reduce extends NodeBase {
  kind: 'Reduce';
  accumulator: Variable;
  init: Expression;
  variable: Variable;
  source: Expression;
  expression: Expression;
}

export type MapProjectionItem = PropertySelector | LiteralEntry | VariableSelector | AllPropertiesSelector;

/** `.key` in a map projection */
export interface PropertySelector extends NodeBase {
  kind: 'PropertySelector';
  key: string;
}
/** `key: expr` in a map projection */
export interface LiteralEntry extends NodeBase {
  kind: 'LiteralEntry';
  key: string;
  value: Expression;
}
/** `v` in a map projection: entry named like the variable. */
export interface VariableSelector extends NodeBase {
  kind: 'VariableSelector';
  variable: Variable;
}
/** `.*` in a map projection */
export interface AllPropertiesSelector extends NodeBase {
  kind: 'AllPropertiesSelector';
}

/** `n { .a, b: 1, c, .* }` */
export interface MapProjection extends NodeBase {
  kind: 'MapProjection';
  variable: Variable;
  items: MapProjectionItem[];
}

/**
 * `ns.name([DISTINCT] args)`; `namespace` [] for plain names (`date.truncate` is namespace
 * ['date'], name 'truncate'). Compare names case-insensitively.
 */
export interface FunctionCall extends NodeBase {
  kind: 'FunctionCall';
  namespace: string[];
  name: string;
  distinct: boolean;
  arguments: Expression[];
}

/** `count(*)` */
export interface CountStar extends NodeBase {
  kind: 'CountStar';
}

// ---------------------------------------------------------------------------------------------
// All nodes

export type AstNode =
  | Query
  | Clause
  | ProjectionItem
  | SortItem
  | MergeAction
  | SetItem
  | RemoveItem
  | YieldItem
  | InTransactions
  | Pattern
  | PatternPart
  | PatternElement
  | NodePattern
  | RelationshipPattern
  | QuantifiedPath
  | LabelExpression
  | Expression
  | MapEntry
  | CaseAlternative
  | MapProjectionItem;

export type AstKind = AstNode['kind'];
