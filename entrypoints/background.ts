export default defineBackground(() => {
  // Candor's background worker: badge counts and messaging (see issue 5).
});
