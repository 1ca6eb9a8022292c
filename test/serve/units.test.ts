// The serve stage's pure parts as specifications: where names and evidence sit in an item's
// text, who may ask (Host, Origin, token), how many queries run at once, and result CSV.

import { describe, expect, it } from 'vitest';

import { checkOrigin, checkToken, hostName, isLoopback, mentionSpans, QueryGate, sentenceSpans, toHttpError } from '../../src/serve/index.js';
import { AnswerCache, isRepeatable, requestKey } from '../../src/serve/answer-cache.js';
import { textSegments } from '../../src/serve/web/text-segments.js';
import { resultCsv } from '../../src/serve/web/result-csv.js';
import { CypherError } from '../../src/errors.js';

describe('mentionSpans', () => {
  const hmic = { id: 'body:hmic', name: 'HM Inspectorate of Constabulary', aliases: ['HMIC'] };
  it.each([
    ['HMIC said', [[0, 4]]],
    [
      'HM Inspectorate of Constabulary (HMIC) published',
      [
        [0, 31],
        [33, 37],
      ],
    ],
    ['HMICFRS is another body', []],
    ['the HMICs', []],
  ])('%s', (text, expected) => {
    expect(mentionSpans(text, [hmic]).map((s) => [s.start, s.end])).toEqual(expected);
  });

  it('prefers the longer name where two overlap', () => {
    const spans = mentionSpans('the College of Policing said', [{ id: 'body:college', name: 'College of Policing', aliases: ['College'] }]);
    expect(spans).toEqual([{ start: 4, end: 23, entity: 'body:college' }]);
  });
});

describe('sentenceSpans and textSegments', () => {
  it('finds evidence sentences and cuts the text into linked and marked runs', () => {
    const text = 'First line. HMIC published its report. Last.';
    const evidence = sentenceSpans(text, ['HMIC published its report.', 'A title not in the text']);
    expect(evidence).toEqual([{ start: 12, end: 38 }]);
    const segments = textSegments(text, [{ start: 12, end: 16, entity: 'body:hmic' }], evidence);
    expect(segments).toEqual([
      { text: 'First line. ', evidence: false },
      { text: 'HMIC', entity: 'body:hmic', evidence: true },
      { text: ' published its report.', evidence: true },
      { text: ' Last.', evidence: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});

describe('checkOrigin', () => {
  const policy = { host: '127.0.0.1' };
  it.each([
    [{ host: '127.0.0.1:7475' }, undefined],
    [{ host: 'localhost:7475' }, undefined],
    [{ host: '[::1]:7475' }, undefined],
    [{ host: 'localhost:7475', origin: 'http://localhost:7475' }, undefined],
    [{ host: 'evil.example:7475' }, 'E_HOST_NOT_ALLOWED'],
    [{}, 'E_HOST_NOT_ALLOWED'],
    [{ host: '127.0.0.1.evil.example' }, 'E_HOST_NOT_ALLOWED'],
    [{ host: '127.0.0.1:7475', origin: 'http://evil.example' }, 'E_CROSS_ORIGIN'],
    [{ host: '127.0.0.1:7475', origin: 'null' }, 'E_CROSS_ORIGIN'],
    [{ host: '127.0.0.1:7475', origin: 'http://localhost:7475' }, 'E_CROSS_ORIGIN'],
    [{ host: '127.0.0.1:7475', 'sec-fetch-site': 'cross-site' }, 'E_CROSS_ORIGIN'],
  ])('%j → %s', (headers, code) => {
    if (code === undefined) expect(() => checkOrigin(headers, policy)).not.toThrow();
    else expect(() => checkOrigin(headers, policy)).toThrow(expect.objectContaining({ code }));
  });

  it('accepts the configured host when it is not loopback', () => {
    expect(() => checkOrigin({ host: 'analysis.internal:8080' }, { host: 'analysis.internal', token: 't0k3n-long' })).not.toThrow();
    expect(hostName('[::1]:80')).toBe('[::1]');
    expect(isLoopback('127.1.2.3')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
  });
});

describe('checkToken', () => {
  it('passes without a configured token, and only the exact bearer token with one', () => {
    expect(() => checkToken(undefined, undefined)).not.toThrow();
    expect(() => checkToken('Bearer secret-token', 'secret-token')).not.toThrow();
    expect(() => checkToken('bearer   secret-token', 'secret-token')).not.toThrow();
    for (const presented of [undefined, '', 'Bearer', 'Bearer secret-tokenx', 'Basic secret-token', 'secret-token']) {
      expect(() => checkToken(presented, 'secret-token')).toThrow(expect.objectContaining({ code: 'E_UNAUTHORIZED', status: 401 }));
    }
  });
});

describe('QueryGate', () => {
  it('runs at most N at once, queues the next ones in order, and refuses past the queue with 429', async () => {
    const gate = new QueryGate(2, 1);
    const release: (() => void)[] = [];
    const order: number[] = [];
    const job = (n: number) =>
      gate.run(
        () =>
          new Promise<number>((resolve) =>
            release.push(() => {
              order.push(n);
              resolve(n);
            }),
          ),
      );
    const [a, b, c] = [job(1), job(2), job(3)];
    expect(gate.load).toEqual({ running: 2, waiting: 1 });
    await expect(job(4)).rejects.toMatchObject({ code: 'E_TOO_MANY_QUERIES', status: 429 });
    release.shift()!();
    await a;
    await Promise.resolve();
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
    release.shift()!();
    release.shift()!();
    expect(await Promise.all([b, c])).toEqual([2, 3]);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when a query fails', async () => {
    const gate = new QueryGate(1, 0);
    await expect(
      gate.run(async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await gate.run(async () => 'next')).toBe('next');
  });

  it('lets a request whose client has gone leave the queue, so the place goes to the next', async () => {
    const gate = new QueryGate(1, 1);
    let release!: () => void;
    const first = gate.run(() => new Promise<string>((resolve) => (release = () => resolve('first'))));
    const gone = new AbortController();
    const abandoned = gate.run(async () => 'never run', gone.signal);
    // The queue is full: one more is refused, until the abandoned request leaves it.
    await expect(gate.run(async () => 'x')).rejects.toMatchObject({ status: 429 });
    gone.abort();
    await expect(abandoned).rejects.toMatchObject({ code: 'E_CLIENT_GONE' });
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
    const next = gate.run(async () => 'next');
    release();
    expect(await Promise.all([first, next])).toEqual(['first', 'next']);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });
});

describe('AnswerCache', () => {
  it('computes an answer once for everyone who asks, even while it is being computed', async () => {
    const cache = new AnswerCache(1000);
    let computed = 0;
    const compute = async () => {
      computed++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return 'answer';
    };
    const answers = await Promise.all([1, 2, 3].map(() => cache.get('k', compute, (v) => v.length)));
    expect(answers).toEqual(['answer', 'answer', 'answer']);
    expect(await cache.get('k', compute, (v) => v.length)).toBe('answer');
    expect(computed).toBe(1);
    expect(cache.stats).toMatchObject({ entries: 1, bytes: 6, hits: 3, misses: 1 });
  });

  it('drops the least recently used past its size, keeps nothing over a tenth of it, and keeps no failure', async () => {
    const cache = new AnswerCache(100);
    const size = (v: string) => v.length;
    await cache.get('a', async () => 'a'.repeat(8), size);
    await cache.get('b', async () => 'b'.repeat(8), size);
    await cache.get('a', async () => 'changed', size); // a used again: b is now the oldest
    for (let i = 0; i < 11; i++) await cache.get(`n${i}`, async () => 'n'.repeat(8), size);
    // 13 answers of 8 bytes in 100: the oldest, b, went; a, used since, stayed.
    expect(await cache.get('a', async () => 'recomputed', size)).toBe('aaaaaaaa');
    expect(await cache.get('b', async () => 'recomputed', size)).toBe('recomputed');
    await cache.get('big', async () => 'x'.repeat(11), size);
    expect(await cache.get('big', async () => 'again', size)).toBe('again');
    await expect(cache.get('bad', async () => Promise.reject(new Error('no')), size)).rejects.toThrow('no');
    expect(await cache.get('bad', async () => 'fine', size)).toBe('fine');
    expect(cache.stats.bytes).toBeLessThanOrEqual(100);
  });

  it('keys requests by value whatever the order of fields, and keeps no query that asks for the clock or chance', () => {
    expect(requestKey('GET', { a: 1, b: { c: 2n, d: [1] } })).toBe(requestKey('GET', { b: { d: [1], c: 2n }, a: 1 }));
    expect(requestKey('GET', { a: 1 })).not.toBe(requestKey('GET', { a: '1' }));
    expect(isRepeatable('MATCH (b:Body) RETURN b.name')).toBe(true);
    for (const q of ['RETURN rand()', 'RETURN timestamp()', 'RETURN date() AS d', 'RETURN datetime.realtime()', 'RETURN randomUUID()'])
      expect(isRepeatable(q), q).toBe(false);
  });
});

describe('toHttpError', () => {
  it("keeps a Cypher error's code and position, and hides what it does not know", () => {
    const syntax = new CypherError('compile time', 'SyntaxError', 'UnexpectedSyntax', 'Invalid input', { line: 2, column: 5 });
    expect(toHttpError(syntax)).toMatchObject({ status: 400, body: { error: { code: 'E_CYPHER_UNEXPECTED_SYNTAX', line: 2, column: 5 } } });
    expect(toHttpError(new Error('secret path /etc/x'))).toMatchObject({ status: 500, body: { error: { code: 'E_INTERNAL', message: 'internal error' } } });
  });
});

describe('resultCsv', () => {
  it('quotes what needs quoting, writes structured values as JSON and defuses formulas', () => {
    const csv = resultCsv(
      ['name', 'n', 'node'],
      [
        { name: 'Smith, "Jo"', n: -5, node: { labels: ['Body'] } },
        { name: '=HYPERLINK("x")', n: null, node: null },
      ],
    );
    expect(csv).toBe('name,n,node\r\n"Smith, ""Jo""",-5,"{""labels"":[""Body""]}"\r\n"\'=HYPERLINK(""x"")",,\r\n');
  });
});
