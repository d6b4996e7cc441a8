// wink-lexicon ships no types; only the part Attaché reads is declared.
declare module 'wink-lexicon' {
  const lexicon: { lexicon: Record<string, string[] | undefined> };
  export default lexicon;
}
