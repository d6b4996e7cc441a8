import { dataPath } from '../data/paths.js';
import { loadWordList } from '../data/word-list.js';

/**
 * Loads `data/lexicon/weapon-nouns.tsv`: nouns of arms that a word of force before them only
 * describes ("attack helicopters", "battle tanks"), as token keys.
 */
export function loadWeaponNouns(path = dataPath('lexicon', 'weapon-nouns.tsv')): Set<string> {
  return loadWordList(path);
}
