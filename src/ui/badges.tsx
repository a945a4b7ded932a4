/**
 * Small presentational pieces of a fact card: the badge that says how sure the fact is and
 * what kind of statement it is, the "who says it" line and the full attribution line, in the
 * interface language. The badge is built from the same data the card's text shows, so it cannot
 * contradict it: an estimate says "Estimate", a reading of another outlet's report says
 * "Interpretation", whatever the number of outlets that repeat it.
 */
import type { Confidence } from '@/src/facts/schema';
import type { MessageKey } from '@/src/i18n/messages/en';
import type { Translate } from '@/src/i18n/translate';
import type { Lang } from '@/src/vocabulary';
import type { AttributionView } from './card-view';
import { compactDate } from './format-date';
import { useI18n } from './i18n';

/** The wording of a confidence level, e.g. "Confirmed by 4 independent sources". */
export function confidenceLabel(
  t: Translate,
  confidence: Confidence,
  confirmedBy?: number,
): string {
  if (confidence === 'confirmed' && confirmedBy)
    return t('badge.confirmedBy', { count: confirmedBy });
  return t(`badge.${confidence}`);
}

/** Kinds of statement a badge names, because they are not plain reports of what happened. */
const KIND_LABELS: Record<string, MessageKey> = {
  claim: 'badgeKind.claim',
  estimate: 'badgeKind.estimate',
  interpretation: 'badgeKind.interpretation',
  projection: 'badgeKind.projection',
};

/** The badge's text: the kind of statement where it matters, then the confidence. */
export function badgeLabel(
  t: Translate,
  lang: Lang,
  confidence: Confidence,
  confirmedBy?: number,
  kind?: string,
): string {
  const label = confidenceLabel(t, confidence, confirmedBy);
  const named = kind ? KIND_LABELS[kind] : undefined;
  if (!named) return label;
  const level = `${label.charAt(0).toLocaleLowerCase(lang)}${label.slice(1)}`;
  return t('badge.withKind', { kind: t(named), level });
}

/** How sure the fact base is of a fact, and what kind of statement it is, as a badge. */
export function ConfidenceBadge(props: {
  confidence: Confidence;
  confirmedBy?: number;
  kind?: string;
}) {
  const { t, lang } = useI18n();
  return (
    <span class={`badge ${props.confidence}`} lang={lang}>
      {badgeLabel(t, lang, props.confidence, props.confirmedBy, props.kind)}
    </span>
  );
}

/** "According to BBC News (interviews with six escaped workers)", or with "and 2 others". */
export function whoSays(t: Translate, attributions: readonly AttributionView[]): string {
  const first = attributions[0];
  if (!first) return '';
  const others = attributions.length - 1;
  return others === 0
    ? t('who.according', { who: first.who })
    : t('who.andOthers', { who: first.who, count: others });
}

/** "Kim Dong Nam (head of INFNK), claim, in Daily NK, Mar 2017". */
export function attributionText(t: Translate, lang: Lang, a: AttributionView): string {
  const where = a.source ? t('who.in', { publication: a.source.publication }) : '';
  const when = a.date
    ? compactDate(a.date, lang)
    : a.source
      ? compactDate(a.source.date, lang)
      : '';
  const kind = t(`kind.${a.kind}` as MessageKey);
  return [t('who.role', { who: a.who, role: a.role }), kind, where, when]
    .filter(Boolean)
    .join(t('list.separator'));
}

/** Who says it, in what role, in which source, when. */
export function AttributionLine(props: { attributions: AttributionView[]; lang: Lang }) {
  const { t } = useI18n();
  if (props.attributions.length === 0) return null;
  return (
    <p class="meta attribution">
      <span>{t('card.whoSaysIt')} </span>
      {props.attributions.map((a, i) => (
        <span key={`${a.who}-${i}`}>
          {i > 0 ? '; ' : ''}
          {attributionText(t, props.lang, a)}
        </span>
      ))}
    </p>
  );
}
