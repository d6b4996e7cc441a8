import { dataPath } from '../data/paths.js';
import { loadWordList } from '../data/word-list.js';

/**
 * Loads `data/kb/pastime-heads.tsv`: nouns of sport, entertainment and tourism that make a
 * demonym before them a description ("the Australian cricket team"), not the state, as token keys.
 */
export function loadPastimeHeads(path = dataPath('kb', 'pastime-heads.tsv')): Set<string> {
  return loadWordList(path);
}
