// Prints a Cypher AST back to query text that parses to the same AST (locations aside).
// Parentheses are added only where operator precedence needs them; names are backticked when not plain identifiers.

import { elementAt } from '../../errors.js';
import type {
  CypherType,
  InTransactions,
  PathSelector,
  AstNode,
  Clause,
  Expression,
  LabelExpression,
  MapProjectionItem,
  NodePattern,
  PatternElement,
  PatternPart,
  RelationshipPattern,
  SetItem,
  RemoveItem,
  Query,
  BinaryOperator,
} from './ast.js';

/** The text the parser takes for the start of a list comprehension after `[`. */
const OPENS_WITH_VARIABLE_IN = /^(?:`(?:[^`]|``)*`|[\p{L}_][\p{L}\p{N}_$]*)\s+IN\b/u;

/** Words printed with backticks when used as names, so the parser cannot read them as keywords. */
const KEYWORDS = new Set(
  (
    'ALL AND ANY AS ASC ASCENDING BY CALL CASE CONTAINS COUNT CREATE DELETE DESC DESCENDING DETACH DISTINCT ' +
    'ELSE END ENDS EXISTS FALSE FOREACH IN IS LIMIT MATCH MERGE NONE NOT NULL ON OPTIONAL OR ORDER REDUCE ' +
    'REMOVE RETURN SET SINGLE SKIP STARTS THEN TRUE UNION UNWIND WHEN WHERE WITH XOR YIELD COLLECT ' +
    'SHORTESTPATH ALLSHORTESTPATHS INF INFINITY NAN NODETACH'
  ).split(' '),
);

/** Binding strength: a child printed inside a parent of higher strength gets parentheses. */
enum Prec {
  Or = 1,
  Xor,
  And,
  Not,
  Comparison,
  Predicate,
  Additive,
  Multiplicative,
  Power,
  Unary,
  Label,
  Postfix,
  Atom,
}

const BINARY_PREC: Record<BinaryOperator, Prec> = {
  OR: Prec.Or,
  XOR: Prec.Xor,
  AND: Prec.And,
  '+': Prec.Additive,
  '-': Prec.Additive,
  '*': Prec.Multiplicative,
  '/': Prec.Multiplicative,
  '%': Prec.Multiplicative,
  '^': Prec.Power,
  '=~': Prec.Predicate,
  'STARTS WITH': Prec.Predicate,
  'ENDS WITH': Prec.Predicate,
  CONTAINS: Prec.Predicate,
  IN: Prec.Predicate,
};

/**
 * Cypher text for any AST node.
 *
 * @example
 * print(parse('match (n) return n.x as x')); // 'MATCH (n)\nRETURN n.x AS x'
 */
export function print(node: AstNode): string {
  switch (node.kind) {
    case 'SingleQuery':
    case 'UnionQuery':
      return printQuery(node);
    case 'Pattern':
      return node.parts.map(printPatternPart).join(', ');
    case 'PatternPart':
      return printPatternPart(node);
    case 'PatternElement':
      return printElement(node);
    case 'NodePattern':
      return printNode(node);
    case 'RelationshipPattern':
      return printRelationship(node);
    case 'QuantifiedPath':
      return `(${printElement(node.element)}${node.where ? ` WHERE ${expr(node.where)}` : ''})${node.quantifier}`;
    case 'ProjectionItem':
      return node.alias ? `${expr(node.expression)} AS ${name(node.alias.name)}` : expr(node.expression);
    case 'SortItem':
      return `${expr(node.expression)}${node.direction === 'DESC' ? ' DESC' : ''}`;
    case 'MergeAction':
      return `ON ${node.on.toUpperCase()} SET ${node.items.map(printSetItem).join(', ')}`;
    case 'SetProperty':
    case 'SetVariable':
    case 'SetLabels':
      return printSetItem(node);
    case 'RemoveProperty':
    case 'RemoveLabels':
      return printRemoveItem(node);
    case 'YieldItem':
      return node.variable.name === node.field ? name(node.field) : `${symbol(node.field)} AS ${name(node.variable.name)}`;
    case 'MapEntry':
      return `${symbol(node.key)}: ${expr(node.value)}`;
    case 'CaseAlternative':
      return `WHEN ${expr(node.when)} THEN ${expr(node.then)}`;
    case 'LabelName':
    case 'LabelWildcard':
    case 'LabelNot':
    case 'LabelAnd':
    case 'LabelOr':
    case 'LabelDynamic':
      return printLabelExpression(node);
    case 'PropertySelector':
    case 'LiteralEntry':
    case 'VariableSelector':
    case 'AllPropertiesSelector':
      return printProjectionItem(node);
    case 'Match':
    case 'With':
    case 'Return':
    case 'Unwind':
    case 'Create':
    case 'Merge':
    case 'Set':
    case 'Remove':
    case 'Delete':
    case 'CallProcedure':
    case 'CallSubquery':
    case 'Foreach':
    case 'Finish':
      return printClause(node);
    case 'InTransactions':
      return printInTransactions(node);
    default:
      return expr(node);
  }
}

function printQuery(query: Query): string {
  if (query.kind === 'SingleQuery') return query.clauses.map(printClause).join('\n');
  return query.queries.map((q, i) => (i === 0 ? printQuery(q) : `${query.all[i - 1] ? 'UNION ALL' : 'UNION'}\n${printQuery(q)}`)).join('\n');
}

function printClause(clause: Clause): string {
  switch (clause.kind) {
    case 'Match':
      return `${clause.optional ? 'OPTIONAL ' : ''}MATCH ${clause.pattern.parts.map(printPatternPart).join(', ')}${where(clause.where)}`;
    case 'With':
    case 'Return': {
      const items = [...(clause.star ? ['*'] : []), ...clause.items.map((i) => print(i))].join(', ');
      let text = `${clause.kind === 'With' ? 'WITH' : 'RETURN'} ${clause.distinct ? 'DISTINCT ' : ''}${items}`;
      if (clause.orderBy) text += ` ORDER BY ${clause.orderBy.map((s) => print(s)).join(', ')}`;
      if (clause.skip) text += ` SKIP ${expr(clause.skip)}`;
      if (clause.limit) text += ` LIMIT ${expr(clause.limit)}`;
      if (clause.kind === 'With') text += where(clause.where);
      return text;
    }
    case 'Unwind':
      return `UNWIND ${expr(clause.expression)} AS ${name(clause.variable.name)}`;
    case 'Create':
      return `CREATE ${clause.pattern.parts.map(printPatternPart).join(', ')}`;
    case 'Merge':
      return [`MERGE ${printPatternPart(clause.pattern)}`, ...clause.actions.map((a) => print(a))].join(' ');
    case 'Set':
      return `SET ${clause.items.map(printSetItem).join(', ')}`;
    case 'Remove':
      return `REMOVE ${clause.items.map(printRemoveItem).join(', ')}`;
    case 'Delete':
      return `${clause.detach ? 'DETACH ' : ''}DELETE ${clause.expressions.map((e) => expr(e)).join(', ')}`;
    case 'CallProcedure': {
      let text = `${clause.optional ? 'OPTIONAL ' : ''}CALL ${[...clause.namespace, clause.name].map(symbol).join('.')}`;
      if (clause.arguments) text += `(${clause.arguments.map((e) => expr(e)).join(', ')})`;
      if (clause.yieldStar) text += ' YIELD *';
      else if (clause.yield) text += ` YIELD ${clause.yield.map((y) => print(y)).join(', ')}${where(clause.where)}`;
      return text;
    }
    case 'CallSubquery': {
      const scope = clause.importAll ? ' (*)' : clause.importVariables ? ` (${clause.importVariables.map((v) => name(v.name)).join(', ')})` : '';
      const batches = clause.inTransactions ? ` ${printInTransactions(clause.inTransactions)}` : '';
      return `${clause.optional ? 'OPTIONAL ' : ''}CALL${scope} {\n${indent(printQuery(clause.query))}\n}${batches}`;
    }
    case 'Foreach':
      return `FOREACH (${name(clause.variable.name)} IN ${expr(clause.list)} | ${clause.clauses.map(printClause).join(' ')})`;
    case 'Finish':
      return 'FINISH';
  }
}

function printInTransactions(t: InTransactions): string {
  let text = t.concurrent ? `IN ${t.concurrency ? `${expr(t.concurrency)} ` : ''}CONCURRENT TRANSACTIONS` : 'IN TRANSACTIONS';
  if (t.batchSize) text += ` OF ${expr(t.batchSize)} ROWS`;
  if (t.onError) text += ` ON ERROR ${t.onError}`;
  if (t.reportStatus) text += ` REPORT STATUS AS ${name(t.reportStatus.name)}`;
  return text;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

function where(expression: Expression | null): string {
  return expression ? ` WHERE ${expr(expression)}` : '';
}

function printSetItem(item: SetItem): string {
  switch (item.kind) {
    case 'SetProperty':
      return `${expr(item.target, Prec.Postfix)} = ${expr(item.value)}`;
    case 'SetVariable':
      return `${name(item.variable.name)} ${item.merge ? '+=' : '='} ${expr(item.value)}`;
    case 'SetLabels':
      return `${name(item.variable.name)}${labels(item.labels)}${item.dynamicLabels.map((d) => `:${printLabelExpression(d)}`).join('')}`;
  }
}

function printRemoveItem(item: RemoveItem): string {
  return item.kind === 'RemoveProperty'
    ? expr(item.target, Prec.Postfix)
    : `${name(item.variable.name)}${labels(item.labels)}${item.dynamicLabels.map((d) => `:${printLabelExpression(d)}`).join('')}`;
}

function printPatternPart(part: PatternPart): string {
  const element = printElement(part.element);
  let body = part.shortest ? `${part.shortest}(${element})` : element;
  if (part.selector) body = `${selectorText(part.selector)} ${body}`;
  return part.variable ? `${name(part.variable.name)} = ${body}` : body;
}

function selectorText(selector: PathSelector): string {
  switch (selector.kind) {
    case 'shortest':
      return `SHORTEST ${selector.k}`;
    case 'any':
      return `ANY ${selector.k}`;
    case 'allShortest':
      return 'ALL SHORTEST';
    case 'shortestGroups':
      return `SHORTEST ${selector.k} GROUPS`;
  }
}

function printElement(element: PatternElement): string {
  // Node, relationship, node, …: each node after the first follows the relationship before it.
  const [first, ...rest] = element.nodes;
  let text = first ? printNode(first) : '';
  element.relationships.forEach((rel, i) => {
    text += printRelationship(rel) + printNode(elementAt(rest, i));
  });
  return element.where ? `(${text} WHERE ${expr(element.where)})` : text;
}

function labels(list: string[]): string {
  return list.map((l) => `:${symbol(l)}`).join('');
}

function printNode(node: NodePattern): string {
  let inner = node.variable ? name(node.variable.name) : '';
  inner += labels(node.labels);
  if (node.labelExpression) inner += `:${printLabelExpression(node.labelExpression)}`;
  if (node.properties) inner += `${inner ? ' ' : ''}${expr(node.properties)}`;
  if (node.where) inner += `${inner ? ' ' : ''}WHERE ${expr(node.where)}`;
  return `(${inner})`;
}

function printRelationship(rel: RelationshipPattern): string {
  if (rel.quantified) {
    const q = rel.quantified;
    return ` (${printElement(q.element)}${q.where ? ` WHERE ${expr(q.where)}` : ''})${q.quantifier} `;
  }
  let inner = rel.variable ? name(rel.variable.name) : '';
  if (rel.types.length) inner += `:${rel.types.map(symbol).join('|')}`;
  if (rel.typeExpression) inner += `:${printLabelExpression(rel.typeExpression)}`;
  if (rel.length && !rel.quantifier) {
    const { min, max } = rel.length;
    inner += '*';
    if (min !== null && min === max) inner += String(min);
    else if (min !== null || max !== null) inner += `${min ?? ''}..${max ?? ''}`;
  }
  if (rel.properties) inner += `${inner ? ' ' : ''}${expr(rel.properties)}`;
  if (rel.where) inner += `${inner ? ' ' : ''}WHERE ${expr(rel.where)}`;
  const body = inner ? `-[${inner}]-` : '--';
  return (rel.direction === 'left' ? `<${body}` : rel.direction === 'right' ? `${body}>` : body) + (rel.quantifier ?? '');
}

/** `outer`: 1 inside nothing, 2 inside `|`, 3 inside `&` or `!` (nested same operators keep their parentheses). */
function printLabelExpression(label: LabelExpression, outer = 1): string {
  switch (label.kind) {
    case 'LabelName':
      return symbol(label.name);
    case 'LabelWildcard':
      return '%';
    case 'LabelNot':
      return `!${printLabelExpression(label.operand, 3)}`;
    case 'LabelAnd': {
      const text = label.operands.map((o) => printLabelExpression(o, 3)).join('&');
      return outer > 2 ? `(${text})` : text;
    }
    case 'LabelOr': {
      const text = label.operands.map((o) => printLabelExpression(o, 2)).join('|');
      return outer > 1 ? `(${text})` : text;
    }
    case 'LabelDynamic':
      return `$${label.mode === 'any' ? 'any' : ''}(${expr(label.expression)})`;
  }
}

function printProjectionItem(item: MapProjectionItem): string {
  switch (item.kind) {
    case 'PropertySelector':
      return `.${symbol(item.key)}`;
    case 'LiteralEntry':
      return `${symbol(item.key)}: ${expr(item.value)}`;
    case 'VariableSelector':
      return name(item.variable.name);
    case 'AllPropertiesSelector':
      return '.*';
  }
}

function precedence(e: Expression): Prec {
  switch (e.kind) {
    case 'Binary':
      return BINARY_PREC[e.operator];
    case 'Comparison':
      return Prec.Comparison;
    case 'Unary':
      return e.operator === 'NOT' ? Prec.Not : Prec.Unary;
    case 'IsNull':
    case 'TypePredicate':
    case 'NormalizedPredicate':
      return Prec.Predicate;
    case 'LabelPredicate':
      return Prec.Label;
    case 'PropertyAccess':
    case 'Subscript':
    case 'Slice':
      return Prec.Postfix;
    case 'IntegerLiteral':
      return e.value < 0n ? Prec.Unary : Prec.Atom;
    case 'FloatLiteral':
      return e.value < 0 || Object.is(e.value, -0) ? Prec.Unary : Prec.Atom;
    default:
      return Prec.Atom;
  }
}

/** An operand of an extended WHEN, without its subject: `< 3`, `IS NULL`, `IS TYPED INTEGER`. */
function whenOperandText(e: Expression): string {
  // `IS :: T` is no WHEN operand in Neo4j 5: the type test reads `IS TYPED T` there.
  if (e.kind === 'TypePredicate') return `IS ${e.negated ? 'NOT ' : ''}TYPED ${typeText(e.type)}`;
  return exprText(e).trim();
}

/** Prints `e`, in parentheses when it binds less tightly than `min`. */
function expr(e: Expression, min: Prec = Prec.Or): string {
  const text = exprText(e);
  return precedence(e) < min ? `(${text})` : text;
}

function exprText(e: Expression): string {
  switch (e.kind) {
    case 'IntegerLiteral':
      return e.value.toString();
    case 'FloatLiteral':
      return floatText(e.value);
    case 'StringLiteral':
      return stringText(e.value);
    case 'BooleanLiteral':
      return e.value ? 'true' : 'false';
    case 'NullLiteral':
      return 'null';
    case 'ListLiteral': {
      // `[a IN xs, …]` reads back as a list comprehension: a first element whose text opens with
      // `variable IN` (alone, or as in `a IN xs AND b`) needs brackets.
      const texts = e.elements.map((x) => expr(x));
      const [head, ...tail] = texts;
      if (head !== undefined && OPENS_WITH_VARIABLE_IN.test(head)) return `[${[`(${head})`, ...tail].join(', ')}]`;
      return `[${texts.join(', ')}]`;
    }
    case 'MapLiteral':
      return `{${e.entries.map((entry) => print(entry)).join(', ')}}`;
    case 'Parameter':
      return /^\d+$/.test(e.name) ? `$${e.name}` : `$${symbol(e.name)}`;
    case 'Variable':
      return name(e.name);
    case 'PropertyAccess':
      return `${expr(e.object, Prec.Postfix)}.${symbol(e.key)}`;
    case 'Subscript':
      return `${expr(e.object, Prec.Postfix)}[${expr(e.index)}]`;
    case 'Slice':
      return `${expr(e.object, Prec.Postfix)}[${e.from ? expr(e.from) : ''}..${e.to ? expr(e.to) : ''}]`;
    case 'Binary': {
      const prec = BINARY_PREC[e.operator];
      // Predicates do not chain in Neo4j 5 (`a IN b IN c` is a syntax error): a predicate
      // operand in parentheses.
      return `${expr(e.left, prec === Prec.Predicate ? Prec.Additive : prec)} ${e.operator} ${expr(e.right, prec + 1)}`;
    }
    case 'Comparison':
      return e.operands.map((operand, i) => (i === 0 ? '' : ` ${e.operators[i - 1]} `) + expr(operand, Prec.Predicate)).join('');
    case 'Unary': {
      if (e.operator === 'NOT') return `NOT ${expr(e.operand, Prec.Not)}`;
      // `-(5)` keeps the minus a separate node; `-5` would read back as one literal.
      const numeric = e.operand.kind === 'IntegerLiteral' || e.operand.kind === 'FloatLiteral';
      const operand = numeric ? `(${exprText(e.operand)})` : expr(e.operand, Prec.Unary);
      return `${e.operator}${operand.startsWith('-') || operand.startsWith('+') ? ' ' : ''}${operand}`;
    }
    case 'IsNull':
      return `${expr(e.operand, Prec.Additive)} IS ${e.negated ? 'NOT ' : ''}NULL`;
    case 'TypePredicate':
      return `${expr(e.operand, Prec.Additive)} IS ${e.negated ? 'NOT ' : ''}:: ${typeText(e.type)}`;
    case 'NormalizedPredicate':
      return `${expr(e.operand, Prec.Additive)} IS ${e.negated ? 'NOT ' : ''}${e.form} NORMALIZED`;
    case 'Trim':
      return `trim(${e.mode} ${e.characters ? `${expr(e.characters)} ` : ''}FROM ${expr(e.source)})`;
    case 'LabelPredicate':
      // In parentheses, so that a `|` inside a comprehension's WHERE cannot end the expression.
      return `${expr(e.operand, Prec.Postfix)}${labels(e.labels)}${e.labelExpression ? `:${printLabelExpression(e.labelExpression, 3)}` : ''}`;
    case 'Case': {
      const parts = ['CASE'];
      if (e.test) parts.push(expr(e.test));
      for (const alt of e.alternatives) parts.push(print(alt));
      if (e.default) parts.push(`ELSE ${expr(e.default)}`);
      parts.push('END');
      return parts.join(' ');
    }
    case 'ExtendedWhen':
      return e.operands.map(whenOperandText).join(', ');
    case 'CaseSubject':
      return '';
    case 'ListComprehension':
      return `[${name(e.variable.name)} IN ${expr(e.source)}${where(e.where)}${e.projection ? ` | ${expr(e.projection)}` : ''}]`;
    case 'PatternComprehension':
      return `[${e.variable ? `${name(e.variable.name)} = ` : ''}${printElement(e.pattern)}${where(e.where)} | ${expr(e.projection)}]`;
    case 'PatternExpression':
      return printElement(e.pattern);
    case 'ExistsSubquery':
    case 'CountSubquery': {
      const keyword = e.kind === 'ExistsSubquery' ? 'EXISTS' : 'COUNT';
      const body = e.query ? printQuery(e.query) : e.pattern ? `${print(e.pattern)}${where(e.where)}` : '';
      return `${keyword} { ${body.replace(/\n/g, ' ')} }`;
    }
    case 'CollectSubquery':
      return `COLLECT { ${printQuery(e.query).replace(/\n/g, ' ')} }`;
    case 'Quantifier':
      return `${e.quantifier}(${name(e.variable.name)} IN ${expr(e.source)}${where(e.where)})`;
    case 'Reduce':
      return `reduce(${name(e.accumulator.name)} = ${expr(e.init)}, ${name(e.variable.name)} IN ${expr(e.source)} | ${expr(e.expression)})`;
    case 'MapProjection':
      return `${name(e.variable.name)} {${e.items.map(printProjectionItem).join(', ')}}`;
    case 'FunctionCall': {
      // normalize()'s form is a keyword, kept as a string literal.
      const [text, form] = e.arguments;
      if (e.namespace.length === 0 && e.name.toLowerCase() === 'normalize' && text !== undefined && form?.kind === 'StringLiteral') {
        return `${symbol(e.name)}(${expr(text)}, ${form.value})`;
      }
      return `${[...e.namespace, e.name].map(symbol).join('.')}(${e.distinct ? 'DISTINCT ' : ''}${e.arguments.map((a) => expr(a)).join(', ')})`;
    }
    case 'CountStar':
      return 'count(*)';
  }
}

/** A type as written after `::` (`LIST<INTEGER NOT NULL>`, `INTEGER | STRING`). */
export function typeText(t: CypherType): string {
  if (t.name === 'UNION') return (t.members ?? []).map(typeText).join(' | ');
  const base = t.name === 'LIST' && t.element ? `LIST<${typeText(t.element)}>` : t.name;
  return t.notNull ? `${base} NOT NULL` : base;
}

/** A variable name as written in Cypher: bare when it is a plain identifier and not a keyword. */
function name(text: string): string {
  return KEYWORDS.has(text.toUpperCase()) ? `\`${text}\`` : symbol(text);
}

/** A label, type, key or function name: any word may stand bare, other text is backticked. */
function symbol(text: string): string {
  if (/^[\p{L}_][\p{L}\p{Nd}_]*$/u.test(text)) return text;
  return `\`${text.replace(/`/g, '``')}\``;
}

function floatText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '(-Infinity)';
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

function stringText(value: string): string {
  let out = "'";
  for (const ch of value) {
    switch (ch) {
      case '\\':
        out += '\\\\';
        break;
      case "'":
        out += "\\'";
        break;
      case '\n':
        out += '\\n';
        break;
      case '\t':
        out += '\\t';
        break;
      case '\r':
        out += '\\r';
        break;
      case '\b':
        out += '\\b';
        break;
      case '\f':
        out += '\\f';
        break;
      default: {
        const code = ch.codePointAt(0) ?? 0;
        out += code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
      }
    }
  }
  return `${out}'`;
}
