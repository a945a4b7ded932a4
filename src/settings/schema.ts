/**
 * The user's settings as plain data: what they mean, their defaults, and how a stored value
 * that is damaged or from an unknown shape is repaired without losing the parts that are good.
 * Pure: no storage or DOM here, so it is tested in Node.
 */
import * as v from 'valibot';
import { UI_LANG_CHOICES, type UiLangChoice } from '@/src/i18n/ui-lang';

/** How readily a page counts as relevant; passed to the detector. */
export const SENSITIVITIES = ['low', 'normal', 'high'] as const;
/** One of {@link SENSITIVITIES}. */
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** Everything the content script and the options page agree on. */
export interface Settings {
  /** False = "off everywhere": the content script does nothing on any page. */
  enabled: boolean;
  /** Hostnames (lower case, no `www.`) where the user turned the extension off. */
  disabledSites: string[];
  sensitivity: Sensitivity;
  /** The interface language, or "auto" for the browser's (English when it has none of ours). */
  interfaceLanguage: UiLangChoice;
}

/** What a fresh install uses. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  disabledSites: [],
  sensitivity: 'normal',
  interfaceLanguage: 'auto',
}) as Settings;

const SiteListSchema = v.array(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.minLength(1)));

/**
 * Reads a stored value field by field: a valid field is kept, an invalid or missing one falls
 * back to its default. A stored value can be damaged by hand edits or by an older build, and
 * one bad field must not reset the others (e.g. the list of sites turned off).
 */
export function repairSettings(raw: unknown): Settings {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const enabled = v.safeParse(v.boolean(), record.enabled);
  const sites = v.safeParse(SiteListSchema, record.disabledSites);
  const sensitivity = v.safeParse(v.picklist(SENSITIVITIES), record.sensitivity);
  const language = v.safeParse(v.picklist(UI_LANG_CHOICES), record.interfaceLanguage);
  return {
    enabled: enabled.success ? enabled.output : DEFAULT_SETTINGS.enabled,
    disabledSites: sites.success ? [...new Set(sites.output)] : [],
    sensitivity: sensitivity.success ? sensitivity.output : DEFAULT_SETTINGS.sensitivity,
    interfaceLanguage: language.success ? language.output : DEFAULT_SETTINGS.interfaceLanguage,
  };
}
