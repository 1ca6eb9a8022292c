// Turn the benchmarks' printed figures into bench/RESULTS.md: a summary table of each target
// (met or missed) and every benchmark's own output beneath it, so each figure can be traced.

export interface Section {
  kind: 'extract' | 'workers' | 'scale' | 'incremental' | 'query' | 'load';
  /** What the benchmark printed on stdout. */
  output: string;
  seconds: number;
  /** When it was measured (sections kept from an earlier run keep their date). */
  date?: string;
  failed?: string;
  skipped?: string;
  /** query: which graph it ran on. */
  graph?: string;
  /** scale: the rows it wrote to bench/out/scale.json. */
  json?: string;
}

interface ScaleRow {
  newsletters: number;
  megabytes: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  nodes: number;
  relationships: number;
  entities: number;
  msPerNewsletter: number;
}

interface Marginal {
  from: number;
  to: number;
  ms: number;
}

interface Target {
  measurement: string;
  target: string;
  figure: string;
  verdict: 'met' | 'missed' | 'not measured';
}

const number = (text: string, pattern: RegExp): number | undefined => {
  const m = pattern.exec(text);
  return m ? Number(m[1]) : undefined;
};

function verdict(ok: boolean | undefined): Target['verdict'] {
  return ok === undefined ? 'not measured' : ok ? 'met' : 'missed';
}

/** Per-query ratios embedded/Neo4j from the query latency table. */
export function queryRatios(output: string): { query: string; embedded: number; neo4j: number; ratio: number }[] {
  const rows = [];
  for (const line of output.split('\n')) {
    const m = /^(\S+\.cypher)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)x$/.exec(line.trim());
    if (m) rows.push({ query: m[1]!, embedded: Number(m[2]), neo4j: Number(m[3]), ratio: Number(m[4]) });
  }
  return rows;
}

function targets(sections: Section[]): Target[] {
  const out: Target[] = [];
  const find = (kind: Section['kind']) => sections.filter((s) => s.kind === kind);
  const why = (s: Section | undefined) => (s === undefined ? 'not run' : s.skipped ? `skipped: ${s.skipped}` : s.failed ? `failed: ${s.failed}` : undefined);

  const extract = find('extract')[0];
  const cpu = extract && number(extract.output, /\[cpu time\] ratio[^:]*:\s*([\d.]+)x/);
  const wall = extract && number(extract.output, /\[wall time\] ratio[^:]*:\s*([\d.]+)x/);
  out.push({
    measurement: '1. extraction throughput / compromise people()+organizations()',
    target: '>= 1.0x',
    figure: cpu === undefined ? (why(extract) ?? 'no figure') : `${cpu.toFixed(2)}x CPU time, ${wall?.toFixed(2)}x wall time`,
    verdict: verdict(cpu === undefined ? undefined : cpu >= 1),
  });

  const workers = find('workers')[0];
  const speedup = workers && number(workers.output, /speed-up\s+([\d.]+)x/);
  const capacity = workers && number(workers.output, /machine parallel capacity\s+([\d.]+)x/);
  out.push({
    measurement: '1. worker-thread build / in-process build',
    target: 'threads used across the cores (> 1x)',
    figure:
      speedup === undefined
        ? (why(workers) ?? 'no figure')
        : `${speedup.toFixed(2)}x the in-process speed (${/(\d+ synthetic newsletters, \d+ threads)/.exec(workers!.output)?.[1] ?? ''}); two independent extraction threads get ${capacity?.toFixed(2)}x from the machine`,
    verdict: verdict(speedup === undefined ? undefined : speedup > 1),
  });

  const scale = find('scale')[0];
  const parsed = scale?.json ? (JSON.parse(scale.json) as { rows: ScaleRow[]; marginal?: Marginal[] }) : undefined;
  const rows = parsed?.rows ?? [];
  const marginal = parsed?.marginal ?? [];
  if (rows.length > 0) {
    // Linear means each extra newsletter costs the same at every size: compare the marginal CPU
    // cost of the last step with the first (the average also carries the fixed start-up cost).
    const [a, b] = [marginal[0], marginal[marginal.length - 1]];
    const growth = a && b && marginal.length > 1 ? b.ms / a.ms : undefined;
    out.push({
      measurement: `2. marginal CPU cost per newsletter, ${b?.from}-${b?.to} vs ${a?.from}-${a?.to}`,
      target: 'linear (about 1x)',
      figure: growth === undefined ? 'needs three sizes' : `${growth.toFixed(2)}x (${a!.ms.toFixed(0)} -> ${b!.ms.toFixed(0)} ms CPU per extra newsletter)`,
      verdict: verdict(growth === undefined ? undefined : growth <= 1.3),
    });
    const big = rows.find((r) => r.newsletters >= 10_000);
    out.push({
      measurement: '2. 10,000 newsletters, build time on 2 cores',
      target: '< 10 min',
      figure: big ? `${(big.seconds / 60).toFixed(1)} min wall (${(big.cpuSeconds / 60).toFixed(1)} min CPU over all threads)` : 'not run at 10,000',
      verdict: verdict(big ? big.seconds < 600 : undefined),
    });
    out.push({
      measurement: '2. 10,000 newsletters, peak RSS',
      target: '< 4 GB',
      figure: big ? `${(big.peakRssMb / 1024).toFixed(2)} GiB` : 'not run at 10,000',
      verdict: verdict(big ? big.peakRssMb < 4096 : undefined),
    });
  } else {
    out.push({ measurement: '2. scale', target: 'linear; 10,000 in < 10 min, < 4 GB', figure: why(scale) ?? 'no figures', verdict: 'not measured' });
  }

  const incremental = find('incremental')[0];
  const share = incremental && number(incremental.output, /incremental \/ full wall time:\s*([\d.]+)%/);
  const cpuShare = incremental && number(incremental.output, /incremental \/ full CPU time:\s*([\d.]+)%/);
  const identical = incremental !== undefined && /differing: none \(byte-identical\)/.test(incremental.output);
  const size = incremental && /^(\d+) synthetic newsletters/m.exec(incremental.output)?.[1];
  out.push({
    measurement: `2. one newsletter added to a ${size ?? 'N'}-newsletter snapshot / full build`,
    target: '<= 5% of the wall time, byte-identical',
    figure:
      share === undefined
        ? (why(incremental) ?? 'no figure')
        : `${share.toFixed(1)}% wall${cpuShare === undefined ? '' : `, ${cpuShare.toFixed(1)}% CPU`}; ${identical ? 'byte-identical' : 'NOT byte-identical'}`,
    verdict: verdict(share === undefined ? undefined : share <= 5 && identical),
  });

  for (const [index, q] of find('query').entries()) {
    const ratios = queryRatios(q.output);
    const limit = index === 0 ? 1 : 2;
    const within = ratios.filter((r) => r.ratio < limit).length;
    const geo = number(q.output, /geometric mean embedded\/neo4j:\s*([\d.]+)x/);
    out.push({
      measurement: `3. embedded p50 / Neo4j p50, ${q.graph}`,
      target: index === 0 ? '< 1x (embedded faster)' : '<= 2x',
      figure:
        ratios.length === 0
          ? (why(q) ?? 'no figures')
          : `${within} of ${ratios.length} queries within target; geometric mean ${geo?.toFixed(2)}x, worst ${Math.max(...ratios.map((r) => r.ratio)).toFixed(2)}x`,
      verdict: verdict(ratios.length === 0 ? undefined : within === ratios.length),
    });
  }

  const load = find('load')[0];
  const ratio = load && number(load.output, /ratio batched\/naive:\s*([\d.]+)x/);
  out.push({
    measurement: '4. Neo4j load, batched / naive per-row writes',
    target: '>= 20x',
    figure: ratio === undefined ? (why(load) ?? 'no figure') : `${ratio.toFixed(1)}x`,
    verdict: verdict(ratio === undefined ? undefined : ratio >= 20),
  });
  return out;
}

const TITLES: Record<Section['kind'], string> = {
  extract: '1. Extraction throughput against compromise (bench/extract.bench.ts)',
  workers: '1. Worker threads against in-process extraction (bench/pipeline-workers.ts)',
  scale: '2. Scale: synthetic corpora built with the CLI (bench/scale.bench.ts, bench/synthetic-corpus.ts)',
  incremental: '2. Incremental build: one newsletter added, against a full build (bench/incremental.bench.ts)',
  query: '3. Embedded Cypher latency against Neo4j (bench/query-latency.bench.ts)',
  load: '4. Neo4j load throughput, batched against naive (bench/neo4j-load.bench.ts)',
};

/** The whole RESULTS.md. */
export function summariseRun(machine: string[], sections: Section[], command: string): string {
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`${command}\` (bench/run.ts); every figure below is printed by the benchmark named in its section, on the date given under it.`,
    '',
    '## Machine',
    '',
    ...machine,
    '',
    'Each comparison runs both sides in the same run, alternating round by round, so a change in the',
    "machine's speed hits both sides; the **ratios** are the figures to read. CPU time (user + system, all",
    'threads) is given beside wall time where it applies. This is a virtual machine: the worker benchmark',
    'measures what two independent extraction threads get from it, beside what the build gets.',
    '',
    '## Targets',
    '',
    '| measurement | target | figure | verdict |',
    '| --- | --- | --- | --- |',
    ...targets(sections).map((t) => `| ${t.measurement} | ${t.target} | ${t.figure} | ${t.verdict} |`),
    '',
  ];
  for (const section of sections) {
    const title = section.kind === 'query' ? `${TITLES.query}, on ${section.graph}` : TITLES[section.kind];
    lines.push(`## ${title}`, '');
    if (section.skipped) lines.push(`Skipped: ${section.skipped}.`, '');
    else {
      if (section.failed) lines.push(`The benchmark failed (${section.failed}); its output so far:`, '');
      lines.push('```', section.output || '(no output)', '```', '', `(${section.seconds.toFixed(0)} s${section.date ? `, measured ${section.date}` : ''})`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
