// Segment an HTML page (a GOV.UK newsletter page or any article) with parse5: h1 is the title,
// h2 (or h3) headings start items, paragraphs and list entries become the items' text.

import { defaultTreeAdapter, parse, type DefaultTreeAdapterTypes } from 'parse5';
import blockData from './data/html-blocks.json' with { type: 'json' };
import { numberItems, type Section } from './number-items.js';
import { dateLine } from './header.js';
import { matchGroups } from './match-groups.js';
import { isoDate } from './published-date.js';
import { segmentText } from './segment-text.js';
import type { Segmented } from './segmented.js';
import type { Item } from './types.js';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

const BLOCKS = new Set(blockData.blocks);
const SKIPPED = new Set(blockData.skipped);
const CHROME = new Set(blockData.chrome);
const CHROME_ROLES = new Set(blockData.chromeRoles);
// "gem-c-cookie-banner", "govuk-breadcrumbs", "gem-c-related-navigation": furniture by name.
const CHROME_NAME = new RegExp(blockData.chromeNames.map((n) => n.replace(/[-]/g, '\\-')).join('|'), 'i');
const GOVSPEAK = new Set(blockData.mainRoots.govspeakClasses);

/** A run of text from one block element, and where that element starts in the HTML source. */
interface Block {
  tag: string;
  text: string;
  offset: number;
}

const PUBLISHED = /\bPublished(?:\s+on)?\s*:?\s+(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})/i;

/**
 * Split an HTML page into items. Offsets point at the start of an item's first block in the
 * HTML source: the item text is rebuilt from the markup, so it is not a slice of the file.
 *
 * @example segmentHtml('<h1>News</h1><h2>1. Slavery Bill</h2><p>The Bill.</p>').items[0]
 *   // { number: '1', title: 'Slavery Bill', text: 'The Bill.', offset: 38 }
 */
export function segmentHtml(html: string): Segmented {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const body = findElement(document, (e) => e.tagName === 'body');
  const root =
    findElement(document, (e) => e.tagName === 'main' || attribute(e, 'role') === 'main') ??
    findElement(document, (e) => attribute(e, 'id') === 'content' && !isChrome(e)) ??
    findElement(document, (e) => classes(e).some((c) => GOVSPEAK.has(c))) ??
    findElement(document, (e) => e.tagName === 'article') ??
    body ??
    document;
  // Title and date are looked for on the whole page, metadata included; the text only in its main part.
  const pageBlocks = collectBlocks(body ?? document, { skipChrome: true, skipNamed: false });
  let blocks = collectBlocks(root, { skipChrome: root === body || root === document, skipNamed: true });
  // Nothing left once the furniture is out (a page whose story sits in a "related" box): the
  // whole page's text rather than no text at all.
  if (blocks.every((b) => b === undefined || b.tag === 'h1')) blocks = pageBlocks;

  const titleBlock = pageBlocks.find((b) => b.tag === 'h1');
  const titleElement = findElement(document, (e) => e.tagName === 'title');
  const title = titleBlock?.text || (titleElement ? cleanTitle(textOf(titleElement)) : undefined) || undefined;
  const [stated] = matchGroups(PUBLISHED, pageBlocks.map((b) => b.text).join('\n'), 1) ?? [];
  const published = (stated === undefined ? undefined : isoDate(stated)) ?? dateUnderTitle(pageBlocks, titleBlock);

  const titleInContent = blocks.find((b) => b.tag === 'h1' && b.text === title);
  const content = blocks.filter((b) => b !== titleInContent);
  const itemTag = ['h2', 'h3'].find((tag) => content.some((b) => b.tag === tag));
  const items =
    itemTag === undefined
      ? itemsFromPlainText(content, title)
      : storyShape(content, itemTag) === 'one'
        ? [oneItem(content, title)]
        : itemsAtHeadings(content, itemTag, storyShape(content, itemTag) === 'lead' ? title : undefined);
  return { title, published, items, hasHeadings: itemTag !== undefined || items.length > 1 };
}

// A story this long before the first heading is the page's own text, not a preface.
const STORY_LEAD = 300;
const NUMBERED = /^\d{1,3}(?:\.\d{1,3})*[.)]?\s/;

/**
 * How a page with unnumbered sub-headings is read when a story stands before the first of them:
 * `one` item when the story is the larger part (a press release with its `Notes to editors`),
 * else the story is a first item of its own (`lead`) and each section one more, so none of it is
 * lost. A newsletter's numbered headings, or a short preface, are read as they are (`sections`).
 */
function storyShape(blocks: Block[], itemTag: string): 'one' | 'lead' | 'sections' {
  const first = blocks.findIndex((b) => b.tag === itemTag);
  const size = (part: Block[]) => part.reduce((n, b) => n + b.text.length, 0);
  const lead = size(blocks.slice(0, first));
  if (lead < STORY_LEAD || blocks.filter((b) => b.tag === itemTag).every((b) => NUMBERED.test(b.text))) return 'sections';
  return lead >= size(blocks.slice(first)) ? 'one' : 'lead';
}

function oneItem(blocks: Block[], title: string | undefined): Item {
  return { number: '1', title: title ?? '', text: blocks.map((b) => b.text).join('\n\n'), offset: blocks[0]?.offset ?? 0 };
}

// The date sits right under the title; looking further would take a date from the body or a list.
const DATE_BLOCKS = 4;

/** A date line in the few blocks after the `<h1>`: `12 March 2019`, `Date: …`, `debated on …`. */
function dateUnderTitle(blocks: Block[], title: Block | undefined): string | undefined {
  const at = title === undefined ? -1 : blocks.indexOf(title);
  if (at < 0) return undefined;
  for (const block of blocks.slice(at + 1, at + 1 + DATE_BLOCKS)) {
    const date = block.text.length <= 200 ? dateLine(block.text) : undefined;
    if (date !== undefined) return date;
  }
  return undefined;
}

function itemsAtHeadings(blocks: Block[], itemTag: string, leadTitle?: string): Item[] {
  const sections: Section[] = [];
  const first = blocks.findIndex((b) => b.tag === itemTag);
  const lead = first > 0 ? blocks.slice(0, first) : [];
  const [opening] = lead;
  if (leadTitle !== undefined && opening !== undefined) {
    sections.push({ heading: leadTitle, text: lead.map((b) => b.text).join('\n\n'), offset: opening.offset });
  }
  let current: { heading: Block; body: Block[] } | undefined;
  const close = () => {
    if (current === undefined) return;
    const first = current.body[0];
    sections.push({
      heading: current.heading.text,
      text: current.body.map((b) => b.text).join('\n\n'),
      offset: first?.offset ?? current.heading.offset,
    });
  };
  for (const block of blocks) {
    if (block.tag === itemTag) {
      close();
      current = { heading: block, body: [] };
    } else if (current !== undefined) {
      current.body.push(block);
    }
  }
  close();
  return numberItems(sections);
}

/**
 * HTML without h2/h3 structure: lay the blocks out as plain text and segment that (numbered
 * heading paragraphs, or one item), mapping each item back to the block it starts in.
 */
function itemsFromPlainText(blocks: Block[], title: string | undefined): Item[] {
  let text = '';
  const placed: { start: number; block: Block }[] = [];
  for (const block of blocks) {
    if (text !== '') text += '\n\n';
    placed.push({ start: text.length, block });
    text += block.text;
  }
  const segmented = segmentText(text);
  if (!segmented.hasHeadings) {
    // No headings at all: every block is the one item's text, a first short line included.
    return [oneItem(blocks, title)];
  }
  return segmented.items.map((item) => {
    // The item starts in the last block that starts at or before it.
    let at = placed[0];
    for (const p of placed) {
      if (p.start > item.offset) break;
      at = p;
    }
    return at === undefined ? item : { ...item, offset: at.block.offset + Math.max(0, item.offset - at.start) };
  });
}

function collectBlocks(root: Node, options: { skipChrome: boolean; skipNamed: boolean }): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let bufferTag = 'p';
  let bufferOffset = -1;
  const flush = () => {
    const text = buffer.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (text !== '') blocks.push({ tag: bufferTag, text, offset: Math.max(0, bufferOffset) });
    buffer = '';
    bufferOffset = -1;
  };
  // An explicit stack instead of recursion: deeply nested hostile HTML must not overflow.
  const stack: Array<{ node: Node; exit?: Element }> = [{ node: root }];
  const tags: string[] = [];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { node, exit } = top;
    if (exit !== undefined) {
      tags.pop();
      if (BLOCKS.has(exit.tagName)) {
        flush();
        // Text after a nested block still belongs to the enclosing one.
        bufferTag = tags[tags.length - 1] ?? 'p';
      }
      continue;
    }
    if (defaultTreeAdapter.isTextNode(node)) {
      const value = node.value;
      if (bufferOffset < 0 && value.trim() !== '') {
        bufferOffset = node.sourceCodeLocation?.startOffset ?? 0;
      }
      buffer += value;
      continue;
    }
    if (!('childNodes' in node)) continue;
    const element = defaultTreeAdapter.isElementNode(node) ? node : undefined;
    if (element !== undefined) {
      if (SKIPPED.has(element.tagName)) continue;
      if (options.skipChrome && CHROME.has(element.tagName)) continue;
      // A cookie banner, breadcrumbs, related links or a feedback form, inside <main> too.
      if (options.skipNamed && element !== root && isChrome(element)) continue;
      if (BLOCKS.has(element.tagName)) {
        flush();
        bufferTag = element.tagName;
        if (element.tagName === 'li') buffer = '• ';
      }
      tags.push(element.tagName);
      stack.push({ node, exit: element });
    }
    for (const child of [...node.childNodes].reverse()) stack.push({ node: child });
  }
  flush();
  return blocks;
}

/** The first element in document order that passes `test`. */
function findElement(root: Node, test: (e: Element) => boolean): Element | undefined {
  const stack: Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (defaultTreeAdapter.isElementNode(node) && test(node)) return node;
    if ('childNodes' in node) for (const child of [...node.childNodes].reverse()) stack.push(child);
  }
  return undefined;
}

function attribute(e: Element, name: string): string | undefined {
  return e.attrs.find((a) => a.name === name)?.value;
}

/** Site furniture told by its role or by a class or id that names it. */
function isChrome(e: Element): boolean {
  const role = attribute(e, 'role');
  if (role !== undefined && CHROME_ROLES.has(role)) return true;
  const names = `${attribute(e, 'class') ?? ''} ${attribute(e, 'id') ?? ''}`;
  return names.trim() !== '' && CHROME_NAME.test(names);
}

function classes(e: Element): string[] {
  return (e.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/);
}

/** Text of an element whose content is text only (`<title>`). */
function textOf(e: Element): string {
  return e.childNodes.map((n) => (defaultTreeAdapter.isTextNode(n) ? n.value : '')).join('');
}

/** "Crime and policing news update: November 2014 - GOV.UK" -> the page's own title. */
function cleanTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .replace(/\s+[-–|]\s+GOV\.UK\s*$/i, '')
    .trim();
}
