// The error an exporter raises when the graph holds something the target format cannot carry
// faithfully (a property named like one of the format's own fields, a non-finite number).

import { CrimegraphError } from '../errors.js';

/** What an export could not carry: a clashing property name, a value, or the viewer bundle. */
export type ExportErrorCode = 'E_EXPORT_RESERVED_PROPERTY' | 'E_EXPORT_VALUE' | 'E_EXPORT_VIEWER_MISSING';

export class ExportError extends CrimegraphError {
  override name = 'ExportError';
  declare readonly code: ExportErrorCode;
  constructor(code: ExportErrorCode, message: string) {
    super(code, message);
  }
}

/** Refuse a property whose name the format uses for its own field: writing it would lose data. */
export function assertNotReserved(format: string, element: string, name: string, reserved: ReadonlySet<string>): void {
  if (reserved.has(name)) {
    throw new ExportError('E_EXPORT_RESERVED_PROPERTY', `${format}: property "${name}" of ${element} clashes with the format's own "${name}" field`);
  }
}
