// When the reader tests run: a reader that is missing (or the wrong version) is skipped with a
// reason naming how to install it, except under CI=true, where it is a failure.

import { describe, expect, it } from 'vitest';
import { availability } from './helpers/external-tools.js';

const node = process.execPath;

describe('availability of an external reader', () => {
  it('gives the version a working probe prints', () => {
    expect(availability({ name: 'node', probe: [node, '-e', 'console.log("9.9.9")'], install: 'x' }, {})).toEqual({ version: '9.9.9' });
  });

  it('skips outside CI with a reason naming the reader and how to install it', () => {
    const found = availability({ name: 'NetworkX', probe: ['/no/such/python3', '-c', 'import networkx'], install: 'apt-get install -y python3-networkx' }, {});
    expect(found.version).toBeUndefined();
    expect(found.missing).toMatch(/NetworkX is not available: .*\/no\/such\/python3.*apt-get install -y python3-networkx/);
  });

  it('skips a reader whose probe fails, with the last line of its error', () => {
    const found = availability({ name: 'igraph', probe: [node, '-e', 'console.error("ModuleNotFoundError: igraph"); process.exit(1)'], install: 'x' }, {});
    expect(found.missing).toMatch(/ModuleNotFoundError: igraph/);
  });

  it('skips a reader of the wrong version', () => {
    const found = availability(
      { name: 'NetworkX 3', probe: [node, '-e', 'console.log("2.8.8")'], install: 'x', accept: (v) => (v.startsWith('3') ? undefined : `it is ${v}`) },
      {},
    );
    expect(found.missing).toMatch(/it is 2\.8\.8/);
  });

  it('fails under CI=true instead of skipping', () => {
    expect(() => availability({ name: 'xmllint', probe: ['/no/such/xmllint'], install: 'apt-get install -y libxml2-utils' }, { CI: 'true' })).toThrow(
      /CI=true/,
    );
  });
});
