/**
 * The popup: a search box that keeps focus, the fact list below it ("This page" first, then
 * all facts by topic, or ranked results while searching), and a fact's detail in place of the
 * list. Keyboard: arrows move through the list, Enter opens, Esc goes back from a fact and
 * clears the search in the list.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FactBase } from '@/src/facts';
import type { Translate } from '@/src/i18n/translate';
import type { PageReport } from '@/src/messaging/protocol';
import type { FactSearch } from '@/src/search/search';
import type { ReadCardIn } from '@/src/ui/FactCard';
import { useI18n } from '@/src/ui/i18n';
import type { Lang } from '@/src/vocabulary';
import type { CopyOutcome } from './copy-text';
import { FactDetail } from './FactDetail';
import { FactList, LIST_ID } from './FactList';
import type { PageLink } from './links';
import {
  browseSections,
  flatEntries,
  moveActive,
  PAGE_STATUS_TEXT,
  pageStatus,
  resultSections,
  type TabContext,
} from './sections';

/** The line above the list: what the list shows, or why "This page" is empty. */
function summaryText(
  t: Translate,
  ready: boolean,
  failed: boolean,
  searching: boolean,
  query: string,
  count: number,
  pageCount: number,
  report: PageReport | null | undefined,
  tab: TabContext | undefined,
): string {
  if (searching && failed) return t('popup.searchFailed');
  if (searching && !ready) return t('popup.searchPreparing');
  if (searching)
    return count === 0
      ? t('popup.noResults', { query: t('quote', { text: query.trim() }) })
      : t('popup.found', { count });
  if (report === undefined) return t('popup.checking');
  const status = pageStatus(report, tab);
  return status === 'matched'
    ? t('popup.pageCards', { count: pageCount })
    : t(PAGE_STATUS_TEXT[status]);
}

/** What the popup needs from its surroundings (the entrypoint passes the real ones). */
export interface AppProps {
  base: FactBase;
  /** The search; undefined until its index is built (right after the first render). */
  search: FactSearch | undefined;
  /** True when the search index could not be built: the list stays browsable. */
  searchFailed?: boolean;
  /** The active tab's report; undefined while it loads. */
  report: PageReport | null | undefined;
  /** The active tab's address and the settings, for telling why a page has no report. */
  tab?: TabContext;
  /** Extension pages to link to, by label. */
  links: PageLink[];
  /** Runs a link's action (see `links.ts`) instead of following it. */
  onLinkAction?: (action: NonNullable<PageLink['action']>) => void;
  copy?: (text: string) => Promise<CopyOutcome>;
  /** Text already in the search box when the app starts (typed into the prerendered page). */
  initialQuery?: string;
  /** A fact's card in another language (the detail's language switch). */
  readIn?: (factId: string) => ReadCardIn;
  /** The language of `base`'s fact texts (the interface language's, unless they failed). */
  factLang?: Lang;
}

/** The popup application. */
export function App(props: AppProps) {
  const { base, report } = props;
  const { t, lang } = useI18n();
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [active, setActive] = useState(-1);
  const [openId, setOpenId] = useState<string | null>(null);
  // Enter pressed on a query before the search was ready: open its first hit once there is one.
  const [openFirstHit, setOpenFirstHit] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Focus starts in the search box: the popup exists to look something up. Firefox may focus
  // its popup window only after the first render, so focus again then if nothing else has it.
  useEffect(() => {
    const focusSearch = () => {
      if (document.activeElement === document.body) input.current?.focus();
    };
    input.current?.focus();
    window.addEventListener('focus', focusSearch, { once: true });
    return () => window.removeEventListener('focus', focusSearch);
  }, []);

  const searching = query.trim().length > 0;
  const sections = useMemo(
    () =>
      searching && !props.searchFailed
        ? resultSections(props.search?.search(query) ?? [], base.factById, t)
        : browseSections(base.facts, report, base.factById, t),
    [query, searching, report, base, props.search, props.searchFailed, t],
  );
  const entries = useMemo(() => flatEntries(sections), [sections]);
  const activeEntry = active >= 0 ? entries[active] : undefined;
  const openFact = openId ? base.factById(openId) : undefined;
  const firstHit = props.search && searching ? entries[0] : undefined;

  useEffect(() => {
    if (!openFirstHit || !props.search) return;
    setOpenFirstHit(false);
    if (firstHit) setOpenId(firstHit.fact.id);
  }, [openFirstHit, props.search, firstHit]);

  const back = () => {
    setOpenId(null);
    requestAnimationFrame(() => input.current?.focus());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(moveActive(active, event.key === 'ArrowDown' ? 1 : -1, entries.length));
    } else if (event.key === 'Enter') {
      const target = activeEntry ?? (searching ? entries[0] : undefined);
      if (target) {
        event.preventDefault();
        setOpenId(target.fact.id);
      } else if (searching && !props.search) {
        event.preventDefault();
        setOpenFirstHit(true);
      }
    } else if (event.key === 'Escape' && query !== '') {
      // With an empty box Esc is left to the browser, which closes the popup.
      event.preventDefault();
      setQuery('');
      setActive(-1);
    }
  };

  return (
    <div class="popup" lang={lang}>
      <header class="top" hidden={openFact !== undefined}>
        <h1>{t('ext.name')}</h1>
        <input
          ref={input}
          type="search"
          class="search"
          role="combobox"
          // biome-ignore lint/a11y/noAutofocus: the popup exists to look something up, and the prerendered page has the box focused before its script runs.
          autoFocus
          aria-label={t('popup.searchLabel')}
          aria-autocomplete="list"
          aria-expanded="true"
          aria-controls={LIST_ID}
          aria-activedescendant={activeEntry?.optionId}
          placeholder={t('popup.searchPlaceholder')}
          autoComplete="off"
          spellcheck={false}
          value={query}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setActive(-1);
            setOpenFirstHit(false);
          }}
          onKeyDown={onKeyDown}
        />
      </header>
      <main class="body" hidden={openFact !== undefined}>
        <p class="summary" role="status">
          {summaryText(
            t,
            props.search !== undefined,
            props.searchFailed === true,
            searching,
            query,
            entries.length,
            sections[0]?.entries.length ?? 0,
            report,
            props.tab,
          )}
        </p>
        <FactList
          sections={sections}
          activeId={activeEntry?.optionId}
          label={searching ? t('popup.listResults') : t('popup.listFacts')}
          onOpen={setOpenId}
        />
      </main>
      {openFact ? (
        <FactDetail
          fact={openFact}
          base={base}
          onBack={back}
          why={report?.cards.find((c) => c.fact === openFact.id)?.why}
          copy={props.copy}
          readIn={props.readIn?.(openFact.id)}
          factLang={props.factLang ?? 'en'}
        />
      ) : null}
      <footer class="links" hidden={openFact !== undefined}>
        {props.links.map((link) => (
          <a
            key={link.href}
            href={link.href}
            target="_blank"
            rel="noopener"
            onClick={(event) => {
              const { action } = link;
              if (!action || !props.onLinkAction) return;
              event.preventDefault();
              props.onLinkAction(action);
            }}
          >
            {link.label}
          </a>
        ))}
      </footer>
    </div>
  );
}
