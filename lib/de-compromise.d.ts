declare module 'de-compromise' {
  interface DeView {
    json(opts?: unknown): unknown;
  }
  const nlp: (text: string) => DeView;
  export default nlp;
}
