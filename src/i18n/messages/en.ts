/**
 * The interface's words in English: the source catalog. Every other language has exactly these
 * keys (the type checker and `tests/unit/i18n` see to it) with the same placeholders. Keys are
 * grouped by where the words appear; `{name}` is a placeholder, and plural messages list the
 * `Intl.PluralRules` forms the language needs (`count` chooses).
 */
import { enMap } from './map/en';

export const en = {
  // The extension as the browser and the stores show it (also written to `_locales`).
  'ext.name': 'DPRK Labor Lens',
  'ext.description':
    'Notices news about North Korean workers sent abroad and adds source-cited context cards.',
  'ext.actionTitle': 'DPRK Labor Lens: facts and this page’s context cards',
  'ext.commandOpenPanel': 'Open the context panel of this page',
  'ext.menuReport': 'Report a sighting',
  'ext.badgeTitle': {
    one: 'DPRK Labor Lens: {count} context card for this page',
    other: 'DPRK Labor Lens: {count} context cards for this page',
  },

  // Shared words.
  quote: '“{text}”',
  'date.approx': 'c. {date}',
  'date.withLabel': '{date} ({label})',
  'list.separator': ', ',

  // Topics: the popup's groups and the label above each card.
  'topic.route-history': 'Routes and links',
  'topic.channels': 'Visas, flights and trains',
  'topic.dandong-inns': 'The Dandong inns (2017)',
  'topic.russia-dprk-meeting': 'Russia–DPRK talks and agreements',
  'topic.sanctions': 'UN sanctions and enforcement',
  'topic.numbers': 'How many workers',
  'topic.where-they-work': 'Where they work',
  'topic.conditions-pay': 'Conditions and pay',
  'topic.actors': 'People and organisations',

  // Why a card is shown (see src/cards/why.ts).
  'why.named': 'The page mentions {term}',
  'why.subject': 'Background for pages about {about}',
  'why.rulesDated': 'The rules at the article’s time ({year})',
  'why.rulesNow': 'The rules now in force',
  'why.estimatesDated': 'Estimates from around the article’s time ({year})',
  'why.estimatesNow': 'The latest estimates',
  'why.background': 'Background',
  'why.withBand': '{reason} · {band}',
  'why.later': 'what followed',
  'why.earlier': 'earlier history',
  'about.route-history': 'routes to Russia',
  'about.channels': 'visas and travel',
  'about.dandong-inns': 'the Dandong inns',
  'about.russia-dprk-meeting': 'Russia–DPRK talks',
  'about.sanctions': 'sanctions',
  'about.numbers': 'worker numbers',
  'about.where-they-work': 'where the workers are',
  'about.conditions-pay': 'pay and conditions',
  'about.actors': 'the people involved',

  // A fact card.
  'card.sourceCopy': '(copy at {site})',
  'card.moreSources': { one: '+{count} more', other: '+{count} more' },
  'card.sourceEntryCopy': '— copy at {site}',
  'card.correctsSource': 'Corrects its source',
  'card.more': 'Details, corrections and sources',
  'card.correction': 'Correction.',
  'card.sourceSays': 'The source says:',
  'card.correct': 'Correct:',
  'card.sources': 'Sources',
  'card.whoSaysIt': 'Who says it:',
  'card.readIn': 'Read this card in',
  'card.loadFailed': 'This card could not be loaded in that language.',
  'who.according': 'According to {who}',
  'who.andOthers': {
    one: 'According to {who} and {count} other',
    other: 'According to {who} and {count} others',
  },
  'who.role': '{who} ({role})',
  'who.in': 'in {publication}',
  'badge.confirmed': 'Confirmed',
  'badge.confirmedBy': {
    one: 'Confirmed by {count} independent source',
    other: 'Confirmed by {count} independent sources',
  },
  'badge.in-source': 'Only in this report',
  'badge.single-source': 'One source',
  'badge.unverified': 'Unverified',
  'badge.withKind': '{kind} · {level}',
  'kind.report': 'report',
  'kind.claim': 'claim',
  'kind.interpretation': 'interpretation',
  'kind.projection': 'projection',
  'kind.statement': 'statement',
  'kind.estimate': 'estimate',
  'badgeKind.claim': 'Claim',
  'badgeKind.estimate': 'Estimate',
  'badgeKind.interpretation': 'Interpretation',
  'badgeKind.projection': 'Projection',

  // The page's control and panel.
  'panel.cards': { one: '{count} context card', other: '{count} context cards' },
  'panel.cardsForPage': {
    one: '{count} context card for this page',
    other: '{count} context cards for this page',
  },
  'panel.announce': {
    one: 'DPRK Labor Lens: {count} context card available for this page',
    other: 'DPRK Labor Lens: {count} context cards available for this page',
  },
  'panel.offOnSite': 'Off on this site',
  'panel.turningOff': 'Turning off on this site…',
  'panel.undo': 'Undo',
  'panel.close': 'Close panel',
  'panel.whyPage': 'Why this page?',
  'panel.whyPageIntro': 'These sentences of the page are about North Korean workers abroad:',
  'panel.recorded': 'You recorded this on {date}: {quote}',
  'panel.cardList': 'Context cards',
  'panel.report': 'Report a sighting',
  'panel.showMore': { one: 'Show {count} more card', other: 'Show {count} more cards' },
  'panel.routeSection': 'Route map and timeline',
  'panel.routes': 'Routes on a map',
  'panel.termsUncoloured':
    'This page is very long, so the terms are coloured in it only once you open one: colouring them makes the browser restyle the whole page.',
  'panel.terms': {
    one: 'Marked terms ({count}) — open one beside its place in the article',
    other: 'Marked terms ({count}) — open one beside its place in the article',
  },
  'panel.termCount': { one: '{count} time on the page', other: '{count} times on the page' },
  'floating.close': 'Close card',
  'pageDate.none': 'No article date found: ranked for today',
  'pageDate.dated': 'Article dated {date}',
  'pageDate.url': 'Article dated {date} (from its address)',
  'pageDate.dateline': 'Article dated {date} (from its dateline)',
  'pageDate.textYear': 'Ranked for {date}, the newest year in the text',

  // The popup.
  'popup.searchLabel': 'Search facts',
  'popup.searchPlaceholder': 'Search facts, places, people, sources…',
  'popup.searchFailed': 'The search could not be prepared. Browse the facts below.',
  'popup.searchPreparing': 'Preparing the search…',
  'popup.noResults': 'No facts found for {query}.',
  'popup.found': { one: '{count} fact found.', other: '{count} facts found.' },
  'popup.checking': 'Checking this page…',
  'popup.pageCards': {
    one: '{count} context card for this page.',
    other: '{count} context cards for this page.',
  },
  'popup.status.not-relevant': 'This page is not about North Korean workers abroad.',
  'popup.status.no-mention': 'This page does not name North Korea, so it gets no cards.',
  'popup.status.off': 'DPRK Labor Lens is turned off (see its settings).',
  'popup.status.off-site': 'DPRK Labor Lens is turned off on this site (see its settings).',
  'popup.status.not-web': 'The extension reads web pages (http and https) only.',
  'popup.status.unreachable':
    'The extension’s background did not answer, so this page’s cards cannot be shown. Reopen the popup to try again.',
  'popup.listFacts': 'Facts',
  'popup.listResults': 'Search results',
  'popup.thisPage': 'This page',
  'popup.results': 'Results',
  'popup.matches': 'Matches: {words}',
  'popup.back': '← Back to the list',
  'popup.copyCitation': 'Copy citation',
  'popup.copied': 'Citation copied to the clipboard.',
  'popup.copyFailed': 'Could not copy ({reason}). The citation is selected below: press Ctrl+C.',
  'popup.citation': 'Citation',
  'popup.journal': 'Sighting journal',
  'popup.report': 'Report a sighting',
  'popup.settings': 'Settings',

  // The route map and timeline.
  'map.show': 'Show the route map',
  'map.retry': 'Could not load the map. Try again',
  'map.loading': 'Loading the route map…',
  'map.failed': 'Could not load the route map: {reason}',
  'map.section': 'Route map and timeline',
  'map.legs': 'Route legs',
  'map.mark': 'Mark on map',
  'map.unmark': 'Unmark',

  // The route map and timeline: see ./map/en.ts. The extension's own pages (report form,
  // journal, settings) have words of their own, in ./pages/, outside the overlay's bundle.
  ...enMap,
} as const;

/** A message's key. */
export type MessageKey = keyof typeof en;
