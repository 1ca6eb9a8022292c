// Walks a Cypher AST depth-first, in source order, calling enter/leave hooks on every node.
// Children are found generically (any field holding a node or a list of nodes), so new node kinds need no change here.

import type { AstNode } from './ast.js';

/** Hooks for every node, and per kind (`{ Variable(node) { … } }`, called on entering such a node). */
export type Visitor = {
  /** Called before a node's children; return `false` to skip them (and its `leave`). */
  enter?(node: AstNode, parent: AstNode | null): boolean | void;
  leave?(node: AstNode, parent: AstNode | null): void;
} & {
  [K in AstNode['kind']]?: (node: Extract<AstNode, { kind: K }>, parent: AstNode | null) => boolean | void;
};

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && 'kind' in value && typeof value.kind === 'string';
}

/** A node of one kind; the hooks and `findAll` are typed by it. */
type NodeOfKind<K extends AstNode['kind']> = Extract<AstNode, { kind: K }>;

/** Whether `node` is of kind `kind`. */
function isOfKind<K extends AstNode['kind']>(node: AstNode, kind: K): node is NodeOfKind<K> {
  return node.kind === kind;
}

/** Call the visitor's hook for the node's kind, if it has one. */
function callKindHook<K extends AstNode['kind']>(visitor: Visitor, node: NodeOfKind<K>, parent: AstNode | null): boolean | void {
  const hooks: { [P in K]?: (node: NodeOfKind<P>, parent: AstNode | null) => boolean | void } = visitor;
  const hook = hooks[node.kind];
  return hook?.(node, parent);
}

/** The direct child nodes of `node`, in source order. */
export function childrenOf(node: AstNode): AstNode[] {
  if (node.kind === 'PatternElement') {
    // Stored as two lists; in the text nodes and relationships alternate.
    return node.nodes.flatMap((n, i) => {
      const rel = node.relationships[i];
      return rel ? [n, rel] : [n];
    });
  }
  const children: AstNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  return children;
}

/**
 * Visits `root` and every node below it.
 *
 * @example
 * const names: string[] = [];
 * visit(parse('MATCH (n) RETURN n.x'), { enter(node) { if (node.kind === 'Variable') names.push(node.name); } });
 */
export function visit(root: AstNode, visitor: Visitor): void {
  const walk = (node: AstNode, parent: AstNode | null): void => {
    if (visitor.enter?.(node, parent) === false) return;
    if (callKindHook(visitor, node, parent) === false) return;
    for (const child of childrenOf(node)) walk(child, node);
    visitor.leave?.(node, parent);
  };
  walk(root, null);
}

/** Every node of `root` (itself included) whose kind is `kind`. */
export function findAll<K extends AstNode['kind']>(root: AstNode, kind: K): Extract<AstNode, { kind: K }>[] {
  const found: Extract<AstNode, { kind: K }>[] = [];
  visit(root, {
    enter(node) {
      if (isOfKind(node, kind)) found.push(node);
    },
  });
  return found;
}
