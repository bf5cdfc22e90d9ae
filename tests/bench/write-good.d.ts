declare module 'write-good' {
  const writeGood: (text: string, opts?: Record<string, boolean>) => Array<{ index: number; offset: number; reason: string }>;
  export default writeGood;
}
