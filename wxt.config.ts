import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Candor',
    description: 'Coaches you while you write customer emails in Gmail and Outlook on the web, above all the apology after a mistake. Runs entirely in your browser.',
    permissions: ['storage'],
  },
});
