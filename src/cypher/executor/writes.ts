// The updating clauses: CREATE, MERGE (ON CREATE / ON MATCH), SET, REMOVE, DELETE / DETACH
// DELETE and FOREACH, each a row operator that changes the graph and counts statistics.

import type * as A from '../ast/ast.js';
import { print } from '../ast/printer.js';
import type { Properties } from '../../graph/schema.js';
import { Node, Path, Relationship, TemporalValue, isCypherMap, type CypherMap, type CypherValue } from '../values.js';
import { runtimeError, runtimeTypeError } from '../errors.js';
import { typeName } from '../runtime/kind.js';
import { fromStored, toStored } from '../runtime/stored.js';
import type { ExecContext, Expr, Row } from './context.js';
import { compileExpression } from './expressions.js';
import { compilePattern } from './pattern-matcher.js';
import type { RowsOp } from './projection.js';
import type { CompileScope } from './scope.js';
import { copyRow } from './row.js';
import { compileLabelsToWrite } from './dynamic-labels.js';

/**
 * A value as a property stores it: primitives and temporal values as they are, a list of one
 * kind with no null in it, numbers all FLOAT when one is (Neo4j stores `[1, 2.5]` as a float
 * array, and `[1.0, 2.5]` comes back). Maps, nodes, paths and mixed lists are refused.
 */
function storableProperty(v: CypherValue): CypherValue {
  if (v === null || typeof v !== 'object' || v instanceof TemporalValue) return v;
  if (Array.isArray(v)) {
    let kind: string | null = null;
    let float = false;
    for (const x of v) {
      if (x === null) throw runtimeTypeError('InvalidPropertyType', 'Collections containing null values can not be stored in properties.');
      if (typeof x === 'object' && !(x instanceof TemporalValue))
        throw runtimeTypeError('InvalidPropertyType', `Property values can only be primitives or lists of them, got ${typeName(x)} in a list`);
      const k = typeof x === 'bigint' || typeof x === 'number' ? 'num' : x instanceof TemporalValue ? x.kind : typeof x;
      if (kind !== null && kind !== k) {
        // Neo4j's words: a stored list is an array of one type.
        throw runtimeTypeError(
          'InvalidPropertyType',
          'Neo4j only supports a subset of Cypher types for storage as singleton or array properties. Please refer to section cypher/syntax/values of the manual for more details.',
        );
      }
      kind = k;
      float ||= typeof x === 'number';
    }
    return float ? v.map((x) => Number(x)) : v;
  }
  throw runtimeTypeError('InvalidPropertyType', `Property values can only be primitives or lists of them, got ${typeName(v)}`);
}

function evalProps(p: A.PatternProperties | null, scope: CompileScope): ((row: Row, ctx: ExecContext) => Properties) | null {
  if (!p) return null;
  const f = compileExpression(p, scope);
  return (row, ctx) => {
    const m = f(row, ctx);
    const out: Properties = {};
    if (m === null) return out;
    for (const [k, v] of Object.entries(m as CypherMap)) {
      if (v === null) continue;
      out[k] = toStored(storableProperty(v));
    }
    return out;
  };
}

interface CreatePlan {
  run(row: Row, ctx: ExecContext): Row;
  newVars: string[];
}

/** Plan creating one pattern part's unbound nodes and its relationships. */
function planCreatePart(part: A.PatternPart, scope: CompileScope, boundVars: Set<string>): CreatePlan {
  const el = part.element;
  const newVars: string[] = [];
  const nodes = el.nodes.map((np) => {
    const name = np.variable?.name ?? scope.fresh('n');
    const isBound = boundVars.has(name);
    if (!isBound) {
      boundVars.add(name);
      newVars.push(name);
    }
    return {
      name,
      isBound,
      labels: compileLabelsToWrite(np.labels, np.labelExpression, [], scope.with(boundVars)),
      props: evalProps(np.properties, scope.with(boundVars)),
    };
  });
  const rels = el.relationships.map((rp) => {
    const name = rp.variable?.name ?? scope.fresh('r');
    boundVars.add(name);
    newVars.push(name);
    const types = compileLabelsToWrite(rp.types, rp.typeExpression, [], scope.with(boundVars));
    const type = (row: Row, ctx: ExecContext): string => {
      const names = types(row, ctx);
      if (names.length !== 1) throw runtimeError('SyntaxError', 'InvalidArgumentValue', 'A single relationship type must be specified for CREATE');
      return names[0]!;
    };
    return { name, type, direction: rp.direction, props: evalProps(rp.properties, scope.with(boundVars)) };
  });
  const pathName = part.variable?.name ?? null;
  if (pathName) {
    boundVars.add(pathName);
    newVars.push(pathName);
  }
  return {
    newVars,
    run(row, ctx) {
      const out: Row = copyRow(row);
      const made: Node[] = [];
      for (const n of nodes) {
        if (n.isBound || (out[n.name] instanceof Node && made.includes(out[n.name] as Node))) {
          const v = out[n.name];
          if (!(v instanceof Node)) {
            if (v === null || v === undefined)
              throw runtimeError('SemanticError', 'InvalidArgumentType', `Cannot create a relationship to null node \`${n.name}\``);
            throw runtimeTypeError('InvalidArgumentType', `\`${n.name}\` is not a node`);
          }
          if (ctx.store.deletedNodes.has(v.id)) throw runtimeError('EntityNotFound', 'DeletedEntityAccess', 'Node has been deleted');
          made.push(v);
          continue;
        }
        const labels = [...new Set(n.labels(out, ctx))];
        const props = n.props ? n.props(out, ctx) : {};
        const node = ctx.store.createNode(labels, props);
        ctx.stats.nodesCreated++;
        ctx.stats.labelsAdded += labels.length;
        ctx.stats.propertiesSet += Object.keys(props).length;
        out[n.name] = node;
        made.push(node);
      }
      const rs: Relationship[] = [];
      rels.forEach((r, i) => {
        const a = made[i]!;
        const b = made[i + 1]!;
        const [s, t] = r.direction === 'left' ? [b, a] : [a, b];
        const props = r.props ? r.props(out, ctx) : {};
        const rel = ctx.store.createRel(r.type(out, ctx), s.id, t.id, props);
        ctx.stats.relationshipsCreated++;
        ctx.stats.propertiesSet += Object.keys(props).length;
        out[r.name] = rel;
        rs.push(rel);
      });
      if (pathName) out[pathName] = new Path(made, rs);
      return out;
    },
  };
}

export function compileCreate(clause: A.CreateClause, scope: CompileScope): { op: RowsOp; vars: string[] } {
  const bound = new Set(scope.vars);
  const plans = clause.pattern.parts.map((p) => planCreatePart(p, scope, bound));
  return {
    vars: plans.flatMap((p) => p.newVars),
    op: (rows, ctx) =>
      [...rows].map((row) => {
        ctx.tick();
        let r = row;
        for (const p of plans) r = p.run(r, ctx);
        return r;
      }),
  };
}

export function compileMerge(clause: A.MergeClause, scope: CompileScope): { op: RowsOp; vars: string[] } {
  const pattern = compilePattern([clause.pattern], scope);
  const create = planCreatePart(clause.pattern, scope, new Set(scope.vars));
  const inner = scope.with(pattern.newVars).with(create.newVars);
  const onCreate = clause.actions.filter((a) => a.on === 'create').flatMap((a) => a.items.map((i) => compileSetItem(i, inner)));
  const onMatch = clause.actions.filter((a) => a.on === 'match').flatMap((a) => a.items.map((i) => compileSetItem(i, inner)));
  // Null property values in a MERGE pattern can never match nor be created.
  const propExprs: Expr[] = [];
  for (const n of [...clause.pattern.element.nodes, ...clause.pattern.element.relationships])
    if (n.properties?.kind === 'MapLiteral') for (const e of n.properties.entries) propExprs.push(compileExpression(e.value, inner));
  return {
    vars: [...new Set([...pattern.newVars, ...create.newVars])],
    op: (input, ctx) => {
      const out: Row[] = [];
      for (const row of [...input]) {
        ctx.tick();
        const matches: Row[] = [];
        pattern.match(row, ctx, (b) => void matches.push(copyRow(b)));
        if (matches.length > 0) {
          for (const m of matches) {
            for (const s of onMatch) s(m, ctx);
            out.push(m);
          }
          continue;
        }
        for (const f of propExprs)
          if (f(row, ctx) === null) throw runtimeError('SemanticError', 'MergeReadOwnWrites', 'Cannot merge the pattern using a null property value');
        const made = create.run(row, ctx);
        for (const s of onCreate) s(made, ctx);
        out.push(made);
      }
      return out;
    },
  };
}

type RowAction = (row: Row, ctx: ExecContext) => void;

function setProperty(target: Node | Relationship, key: string, v: CypherValue, ctx: ExecContext): void {
  const props = target.properties as unknown as Properties;
  if (v === null) {
    if (props[key] !== undefined) {
      ctx.store.writeProperty(target, key, undefined);
      ctx.stats.propertiesSet++;
    }
  } else {
    ctx.store.writeProperty(target, key, toStored(storableProperty(v)));
    ctx.stats.propertiesSet++;
  }
}

function entityOf(v: CypherValue, what: string): Node | Relationship | null {
  if (v === null) return null;
  if (v instanceof Node || v instanceof Relationship) return v;
  throw runtimeTypeError('InvalidArgumentType', `${what} expects a node or relationship, got ${typeName(v)}`);
}

function checkNotDeleted(e: Node | Relationship, ctx: ExecContext): void {
  if (ctx.isDeleted(e)) throw runtimeError('EntityNotFound', 'DeletedEntityAccess', 'The entity has been deleted');
}

export function compileSetItem(item: A.SetItem, scope: CompileScope): RowAction {
  switch (item.kind) {
    case 'SetProperty': {
      const obj = compileExpression(item.target.object, scope);
      const key = item.target.key;
      const value = compileExpression(item.value, scope);
      return (row, ctx) => {
        const target = entityOf(obj(row, ctx), 'SET');
        const v = value(row, ctx);
        if (!target) return;
        checkNotDeleted(target, ctx);
        setProperty(target, key, v, ctx);
      };
    }
    case 'SetVariable': {
      const obj = compileExpression(item.variable, scope);
      const value = compileExpression(item.value, scope);
      const merge = item.merge;
      return (row, ctx) => {
        const target = entityOf(obj(row, ctx), 'SET');
        if (!target) return;
        checkNotDeleted(target, ctx);
        const v = value(row, ctx);
        let map: CypherMap;
        // Neo4j refuses null here (`SET n = null` and `SET n += null` fail at run time).
        if (v === null) throw runtimeTypeError('InvalidArgumentType', `Expected ${print(item.value)} to be a map, but it was null`);
        if (v instanceof Node || v instanceof Relationship) {
          map = {};
          for (const [k, x] of Object.entries(v.properties)) map[k] = fromStored(x);
        } else if (isCypherMap(v)) map = v;
        else throw runtimeTypeError('InvalidArgumentType', `SET = expects a map, got ${typeName(v)}`);
        const props = target.properties as unknown as Properties;
        if (!merge)
          for (const k of Object.keys(props))
            if (!(k in map) || map[k] === null) {
              ctx.store.writeProperty(target, k, undefined);
              ctx.stats.propertiesSet++;
            }
        for (const [k, x] of Object.entries(map)) setProperty(target, k, x, ctx);
      };
    }
    case 'SetLabels':
      return compileLabelChange(item, scope);
  }
}

/** `SET n:L` or `REMOVE n:L` for the node each row names (nothing for null). */
function compileLabelChange(item: A.SetLabelsItem | A.RemoveLabelsItem, scope: CompileScope): RowAction {
  const obj = compileExpression(item.variable, scope);
  const labelsOf = compileLabelsToWrite(item.labels, null, item.dynamicLabels, scope);
  const adding = item.kind === 'SetLabels';
  return (row, ctx) => {
    const v = obj(row, ctx);
    if (v === null) return;
    if (!(v instanceof Node)) throw runtimeTypeError('InvalidArgumentType', `${adding ? 'SET' : 'REMOVE'} labels expects a node, got ${typeName(v)}`);
    checkNotDeleted(v, ctx);
    for (const l of labelsOf(row, ctx)) {
      if (adding) {
        if (ctx.store.addLabel(v, l)) ctx.stats.labelsAdded++;
      } else if (ctx.store.removeLabel(v, l)) ctx.stats.labelsRemoved++;
    }
  };
}

/** An updating clause that applies its actions to every row, after reading them all (a barrier). */
function applyToEachRow(actions: RowAction[]): RowsOp {
  return (input, ctx) => {
    const rows = [...input];
    for (const row of rows) {
      ctx.tick();
      for (const act of actions) act(row, ctx);
    }
    return rows;
  };
}

export function compileSet(clause: A.SetClause, scope: CompileScope): RowsOp {
  const items = clause.items.map((i) => compileSetItem(i, scope));
  return applyToEachRow(items);
}

export function compileRemove(clause: A.RemoveClause, scope: CompileScope): RowsOp {
  const items: RowAction[] = clause.items.map((item) => {
    if (item.kind === 'RemoveProperty') {
      const obj = compileExpression(item.target.object, scope);
      const key = item.target.key;
      return (row, ctx) => {
        const target = entityOf(obj(row, ctx), 'REMOVE');
        if (!target) return;
        checkNotDeleted(target, ctx);
        const props = target.properties as unknown as Properties;
        if (props[key] !== undefined) {
          ctx.store.writeProperty(target, key, undefined);
          ctx.stats.propertiesRemoved++;
        }
      };
    }
    return compileLabelChange(item, scope);
  });
  return applyToEachRow(items);
}

export function compileDelete(clause: A.DeleteClause, scope: CompileScope): RowsOp {
  const exprs = clause.expressions.map((e) => compileExpression(e, scope));
  const detach = clause.detach;
  return (input, ctx) => {
    const rows = [...input];
    const nodes = new Map<string, Node>();
    const rels = new Set<string>();
    const collect = (v: CypherValue): void => {
      if (v === null) return;
      if (v instanceof Node) nodes.set(v.id, v);
      else if (v instanceof Relationship) rels.add(v.id);
      else if (v instanceof Path) {
        v.nodes.forEach((n) => nodes.set(n.id, n));
        v.relationships.forEach((r) => rels.add(r.id));
      } else throw runtimeTypeError('InvalidArgumentType', `DELETE expects a node, relationship or path, got ${typeName(v)}`);
    };
    for (const row of rows) {
      ctx.tick();
      for (const e of exprs) collect(e(row, ctx));
    }
    const store = ctx.store;
    for (const key of rels) if (store.deleteRel(key)) ctx.stats.relationshipsDeleted++;
    for (const key of nodes.keys()) {
      if (!store.hasNode(key)) continue;
      if (detach) {
        for (const edge of store.relKeysOf(key)) if (store.deleteRel(edge)) ctx.stats.relationshipsDeleted++;
      } else if (store.degree(key, 'both', []) > 0)
        throw runtimeError('ConstraintVerificationFailed', 'DeleteConnectedNode', 'Cannot delete a node that still has relationships; use DETACH DELETE');
    }
    for (const key of nodes.keys()) if (store.deleteNode(key)) ctx.stats.nodesDeleted++;
    return rows;
  };
}
