// What every unit test's world has, as a browser page of the extension has it by the time code runs.
import 'fake-indexeddb/auto';
// Node has no Temporal yet; the polyfill stands in, as it does in a browser without one.
import 'temporal-polyfill/global';
import { loadDictionary } from '../../lib/i18n';

await Promise.all([loadDictionary('en'), loadDictionary('zh')]);
