// The text-readability package ships no types; these are the few calls the seed tests use.
declare module 'text-readability' {
  interface Readability {
    fleschKincaidGrade(text: string): number;
    lexiconCount(text: string, removePunctuation?: boolean): number;
    syllableCount(text: string, lang?: string): number;
  }
  const readability: Readability;
  export default readability;
}
