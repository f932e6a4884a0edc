// `npm run fake:moderngov`: runs the fake ModernGov site on loopback so the app (`npm run
// web` or Electron) can be tried against it by hand; prints the address to type into
// "ModernGov address". Switches are flipped by typing a command (see below) and Enter.
import { createInterface } from 'node:readline';
import { startFakeModernGov } from './server.mjs';

const fake = await startFakeModernGov({ committees: 4, meetingsPerCommittee: 3 });
console.log(`Fake ModernGov site: ${fake.base}`);
console.log('Commands: slow <ms> | busy <n> | forbid | challenge | cut <n> | double | cancel <meetingId> | republish <meetingId> | nocors | reset | meetings | quit');
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const [command, value] = line.trim().split(/\s+/);
  const n = Number(value);
  const s = fake.switches;
  if (command === 'slow') s.slowMs = n;
  else if (command === 'busy') s.busy = n || 1;
  else if (command === 'forbid') s.forbidden = !s.forbidden;
  else if (command === 'challenge') s.challenge = !s.challenge;
  else if (command === 'cut') s.cutShort = n || 1;
  else if (command === 'double') s.doubleEncode = !s.doubleEncode;
  else if (command === 'nocors') s.cors = !s.cors;
  else if (command === 'cancel') fake.cancel(n);
  else if (command === 'republish') fake.republish(n);
  else if (command === 'reset') Object.assign(s, { slowMs: 0, busy: 0, forbidden: false, challenge: false, cutShort: 0, doubleEncode: false, cors: true });
  else if (command === 'meetings') for (const m of fake.meetings) console.log(m.id, m.committeeId, m.date, m.cancelled ? 'cancelled' : '', m.republished ? 'republished' : '');
  else if (command === 'quit') void fake.close().then(() => process.exit(0));
  console.log(JSON.stringify(fake.switches));
});
