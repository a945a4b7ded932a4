/**
 * Which way the workers were going, read from phrases in the five languages: towards Russia
 * ("left for Russia", "러시아로", "в Россию", "前往俄罗斯", "ロシアへ"), back from Russia
 * ("returned from Russia", "러시아에서 돌아온", "из России", "从俄罗斯回国", "ロシアから帰国")
 * or in transit ("via China", "중국을 거쳐", "через Китай", "经由中国", "中国経由"). A quote can
 * hold several ("dispatched to Russia via China"); each is offered and the user picks.
 */
import type { Direction } from '../sightings/model';
import {
  type Candidate,
  candidateAt,
  dedupeCandidates,
  foldForMatching,
  keepOutermost,
} from './candidate';

type Rule = [RegExp, Direction];

const RULES: Rule[] = [
  // English
  [
    /(?<![\p{L}])(?:(?:returned|returning|came back|coming back|repatriated|withdrawn|sent back|went home|left)\s+from|out of)\s+(?:the\s+)?Russia(?![\p{L}])/giu,
    'from-russia',
  ],
  [
    /(?<![\p{L}])(?:to|for|into|towards?|bound for|headed for|heading to|en route to|on their way to|destined for)\s+(?:the\s+)?(?:(?:inland|European|Far Eastern|far east(?:ern)?)\s+)?Russia(?:'s|n Far East)?(?![\p{L}])/giu,
    'to-russia',
  ],
  [
    /(?<![\p{L}])(?:via|through|by way of|transit(?:ing|ed)? (?:through|via))\s+(?:the\s+)?(?:China|Dandong|Harbin|Beijing|Shenyang|Manzhouli|Chinese territory)(?![\p{L}])/giu,
    'in-transit',
  ],
  [
    /(?<![\p{L}])(?:in transit|en route|on (?:their|the) way|transit route)(?![\p{L}])/giu,
    'in-transit',
  ],
  // Korean
  [/러시아(?:에서|로부터)\s*(?:\S+\s*){0,2}?(?:돌아|귀국|귀환|송환|철수|복귀)/gu, 'from-russia'],
  [/러시아(?:로|행|에\s*파견|에\s*보내|에\s*송출|\s*파견)/gu, 'to-russia'],
  [/(?:중국|단둥|하얼빈|선양)을?\s*(?:거쳐|경유|통해)|경유(?:해|하여|지)/gu, 'in-transit'],
  // Russian
  [
    /(?<![\p{L}])(?:из\s+России|вернул(?:ись|ся|ись\s+из\s+России)|высланы\s+из\s+России)(?![\p{L}])/giu,
    'from-russia',
  ],
  [/(?<![\p{L}])(?:в\s+Россию|на\s+Дальний\s+Восток\s+России)(?![\p{L}])/giu, 'to-russia'],
  [
    /(?<![\p{L}])(?:через\s+(?:Китай|Даньдун|Дандун|Харбин|КНР|китайскую\s+территорию)|транзитом)(?![\p{L}])/giu,
    'in-transit',
  ],
  // Chinese
  [/(?:从|從|自)俄(?:罗斯|羅斯)?(?:\S{0,4}?)(?:回国|回國|返回|撤回|遣返)/gu, 'from-russia'],
  [/(?:前往|赴|派往|派遣到|派到|到|去|送往|进入|進入)俄(?:罗斯|羅斯)?/gu, 'to-russia'],
  [
    /(?:经由|經由|途经|途經|经过|經過|取道|经|經)(?:中国|中國|丹东|丹東|哈尔滨|哈爾濱)|过境|過境/gu,
    'in-transit',
  ],
  // Japanese
  [/ロシアから(?:\S{0,4}?)(?:帰国|帰還|送還|戻)/gu, 'from-russia'],
  [/ロシア(?:へ|に派遣|に送|行き|に向か|入り)/gu, 'to-russia'],
  [/(?:中国|丹東|ハルビン)(?:を)?経由|経由して|中国を経て/gu, 'in-transit'],
];

/** Direction candidates in `quote`, in order of appearance. */
export function extractDirections(quote: string): Candidate<Direction>[] {
  const folded = foldForMatching(quote);
  const found: Candidate<Direction>[] = [];
  for (const [pattern, direction] of RULES) {
    for (const m of folded.matchAll(pattern)) {
      found.push(candidateAt(quote, m.index, m.index + m[0].length, direction));
    }
  }
  return dedupeCandidates(keepOutermost(found));
}
