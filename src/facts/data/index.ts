/**
 * The fact base's data files, gathered in one place. Facts, sources and places are split into
 * files by subject so that each stays readable and can be edited on its own; the loader
 * (`../index.ts`) validates the joined lists, so an id used in two files is still an error.
 * Add a new file here.
 */
import actors from './facts/actors.json';
import channels from './facts/channels.json';
import conditionsPay from './facts/conditions-pay.json';
import dandongInns from './facts/dandong-inns.json';
import numbers from './facts/numbers.json';
import routeHistory from './facts/route-history.json';
import russiaDprkMeeting from './facts/russia-dprk-meeting.json';
import sanctions from './facts/sanctions.json';
import whereTheyWork from './facts/where-they-work.json';
import placesChannels from './places/channels.json';
import placesConditionsPay from './places/conditions-pay.json';
import placesCore from './places/core.json';
import placesRulesNumbers from './places/rules-numbers.json';
import placesWhereTheyWork from './places/where-they-work.json';
import sourcesChannels from './sources/channels.json';
import sourcesConditionsPay from './sources/conditions-pay.json';
import sourcesCore from './sources/core.json';
import sourcesRulesNumbers from './sources/rules-numbers.json';
import sourcesWhereTheyWork from './sources/where-they-work.json';

/** Every fact record, unvalidated, in file order: one file per topic, in topic order. */
export const factRecords: unknown[] = [
  ...routeHistory,
  ...channels,
  ...dandongInns,
  ...russiaDprkMeeting,
  ...sanctions,
  ...numbers,
  ...whereTheyWork,
  ...conditionsPay,
  ...actors,
];

/** Every source record, unvalidated. */
export const sourceRecords: unknown[] = [
  ...sourcesCore,
  ...sourcesRulesNumbers,
  ...sourcesChannels,
  ...sourcesWhereTheyWork,
  ...sourcesConditionsPay,
];

/** Every gazetteer record, unvalidated. */
export const placeRecords: unknown[] = [
  ...placesCore,
  ...placesRulesNumbers,
  ...placesChannels,
  ...placesWhereTheyWork,
  ...placesConditionsPay,
];
