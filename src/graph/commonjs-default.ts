// graphology's layout and metric packages are CommonJS whose typings claim an ES default export;
// under NodeNext the default import is the whole module, so take `.default` only where it exists.

/** The callable a CommonJS package exports, typed as its declared default export. */
export function commonjsDefault<T>(module: { default: T }): T {
  const withDefault = module as { default?: T };
  return withDefault.default ?? (module as unknown as T);
}
