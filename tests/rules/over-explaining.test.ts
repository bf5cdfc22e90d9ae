import { ruleTester } from './harness';

const story = [
  'At 10:02 UTC we deployed a configuration change to the connection pooler.',
  'At 10:09 our on-call engineer was paged because the database cluster stopped accepting connections.',
  'Then the failover triggered, which meant the replica served stale data.',
  'After that our developers rolled back the deployment at 10:40.',
].join(' ');
const storyDe = [
  'Um 22:10 Uhr startete das Update auf dem Server.',
  'Dann brach die Replikation der Datenbank ab.',
  'Danach hat unser Techniker das Backup eingespielt.',
].join(' ');

ruleTester('over-explaining', {
  valid: [
    { lang: 'en', text: 'A change we made on Tuesday broke logins for two hours. I am sorry. It is fixed, and we now test every change first.' },
    { lang: 'en', text: 'At 10:02 UTC we deployed a change to the server. It broke logins. I am sorry that we did not test it.' },
    { lang: 'de', text: 'Ein Update von uns hat am Dienstag die Anmeldung blockiert. Das tut mir leid.' },
  ],
  invalid: [
    {
      lang: 'en',
      text: story,
      flags: ['Then the failover triggered, which meant the replica served stale data. After that our developers rolled back the deployment at 10:40.'],
    },
    { lang: 'de', text: storyDe, flags: ['Danach hat unser Techniker das Backup eingespielt.'] },
  ],
});
