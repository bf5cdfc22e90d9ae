// The extension APIs as seen from the service worker and extension pages that the e2e tests evaluate code in.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
