/**
 * The five catalogs. English is the source; the others must have every key (the type says so)
 * and the same placeholders (the unit test says so).
 */
import type { Lang } from '../../vocabulary';
import type { Message } from '../translate';
import { en, type MessageKey } from './en';
import { ja } from './ja';
import { ko } from './ko';
import { ru } from './ru';
import { zh } from './zh';

/** One language's messages. */
export type Catalog = Record<MessageKey, Message>;

/** Every catalog, by language. */
export const catalogs: Record<Lang, Catalog> = { en, ko, ru, zh, ja };
