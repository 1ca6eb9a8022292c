// A hashtag before a programme head: "the #knifefree campaign" (named `#knifefree`).

import type { Token } from '../../nlp.js';
import { lowercaseHeads } from '../../lexicon.js';
import { breaksAfter } from '../../internal/words.js';
import type { SentenceMention } from '../../internal/sentence-mentions.js';
import { lowercaseHeadAfter } from './lowercase-head.js';

export const HASHTAG_CAMPAIGN = 'hashtag-campaign';

export function hashtagCampaign(tokens: Token[], i: number, text: string, offset: number): SentenceMention | undefined {
  const t = tokens[i]!;
  if (!/^#\w/.test(t.text) || breaksAfter(t, tokens[i + 1])) return undefined;
  const head = lowercaseHeadAfter(tokens, i);
  if (!head || lowercaseHeads[head.head] !== 'Programme') return undefined;
  return {
    type: 'Programme',
    from: i,
    to: head.to,
    name: t.text,
    bareName: text.slice(t.start - offset, tokens[head.to]!.end - offset),
    start: t.start,
    end: tokens[head.to]!.end,
    rule: HASHTAG_CAMPAIGN,
  };
}
