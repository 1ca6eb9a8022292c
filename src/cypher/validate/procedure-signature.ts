// What validation needs to know of a procedure to check a CALL: its input and output names.
// The engine supplies them (its procedure table), so validate stays free of the runtime.

/** A procedure's parameters and result columns, in order. */
export interface ProcedureSignature {
  inputs: readonly { name: string }[];
  outputs: readonly { name: string }[];
}

/** Finds a procedure by its qualified name (`db.labels`); undefined when there is none. */
export type ProcedureLookup = (name: string) => ProcedureSignature | undefined;
