/**
 * Closed word classes the entity rules rely on. These are grammar, not world knowledge,
 * so they live beside the code that uses them.
 */

/** Capitalised at the start of a sentence, but not names. */
export const FUNCTION_WORDS = new Set(
  ('a an the this that these those there here he she it its his her their they we i you our my your ' +
    'in on at of for from to by with without about after before during since until while when where ' +
    'if as but and or nor so yet also although though because despite however meanwhile moreover ' +
    'speaking asked according following earlier later last next both each every other another such neither either ' +
    'some many most more several all any no not one two three four five six seven eight nine ten ' +
    'what which who whom whose how why mr mrs ms dr sir madam yesterday today tomorrow tonight ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december is are was were be been has have had will would can could ' +
    'should must may might shall do does did new top senior former chief head around among under over ' +
    'into through between against toward towards near within along across beyond up down out off then thus ' +
    'comments write read share photo video file reuters update updated breaking live analysis opinion').split(' '),
);

/** Lower-case words that may sit inside a name ("Bank of England", "Luiz Inácio Lula da Silva"). */
export const NAME_CONNECTORS = new Set(['of', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'bint', 'al', 'el', 'y', 'for', 'and', 'the']);

/** Head nouns that make a capitalised run an organisation. */
export const ORG_HEADS = new Set(
  ('ministry ministries council organization organisation agency party front army forces force corps guard guards ' +
    'brigade brigades battalion regiment division committee commission bank fund union court parliament assembly ' +
    'congress senate office department institute university company corporation corp group association federation ' +
    'league movement alliance coalition authority service services command navy airline airlines airways news ' +
    'times post press television tv radio network foundation society community cabinet government administration ' +
    'secretariat bureau directorate police unit units commissions institutions industries center centre institution studies ' +
    'airport agency observatory tribunal embassy consulate mission council').split(' '),
);

/** Head nouns that make a capitalised run a place. */
export const PLACE_HEADS = new Set(
  ('province region district city county state island islands mountains mountain river sea ocean gulf strait bay ' +
    'peninsula valley desert airport base square palace border coast capital territory territories oblast governorate ' +
    'prefecture village town lake canal corridor plateau heights zone').split(' '),
);

/** Prepositions after which a lone capitalised word is most often a place. */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'outside', 'across', 'toward', 'towards']);

/** Last words of capitalised runs that name things, not people ("Christmas Day", "Climate Accord"). */
export const THING_HEADS = new Set(
  ('day week year accord agreement treaty pact plan action act resolution declaration charter protocol convention ' +
    'revolution war wars crisis summit conference talks games cup olympics festival prize award strategy initiative ' +
    'policy program programme project operation doctrine deal law bill constitution street road avenue bridge park ' +
    'palace hotel hospital church mosque cathedral temple square stadium tower building station museum hall ' +
    'spring storm hurricane typhoon virus pandemic index exchange dollar euro century').split(' '),
);

/** Capitalised words that end a name run inside a sentence (numbers such as "Six" may stay: "Group of Six"). */
export const INNER_BREAKS = new Set(
  ('a an the this that these those there here he she it its his her their they we i you our my your in on at of for from to by with ' +
    'without about after before during since until while when where if as but and or nor so yet also although though because ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october ' +
    'november december is are was were be been has have had will would can could should must might shall do does did').split(' '),
);

/** Words that mark a capitalised run as a group of people or a thing, never one person. */
export const NOT_PEOPLE = new Set(
  ('muslims christians jews shiites shias sunnis kurds arabs sikhs hindus buddhists catholics protestants ' +
    'century millennium eminence').split(' '),
);
