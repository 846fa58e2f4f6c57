import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDoc } from '../src/read/roles/doc.js';
import { findRoles, rolesIn } from '../src/read/roles/find.js';
import type { Span } from '../src/read/roles/index.js';

const peopleIn = (text: string, names: string[]): Span[] => {
  const out: Span[] = [];
  for (const n of names) for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) out.push({ start: i, end: i + n.length, text: n });
  return out.sort((a, b) => a.start - b.start);
};

// findRoles tokenizes only the phrases around each name; the rules must read exactly what they read over the whole text.
test('roles read from the words around each name equal roles read over every word', () => {
  const text = [
    'Talks ended in the U.S. Vice President Ama Boateng said, and the Ghanaian foreign minister, Kofi Mensah, agreed.',
    'Kofi Mensah, the head of Ghana’s National Security Council and a former deputy defence minister, left early.',
    'Officials in Accra, including Finance Minister Efua Owusu’s chief of staff Yaw Darko, were not told.',
    'Yaw Darko is the deputy finance minister. Ama Boateng, who serves as acting president of the Senate, declined.',
    'The ex-President Kwame Asante (pictured) and Secretary-General Lia Obeng — who spoke — arrived.',
    '“Minister Efua Owusu,” he wrote.\nPresident\nKwame Asante',
  ].join('\n');
  const people = peopleIn(text, ['Ama Boateng', 'Kofi Mensah', 'Efua Owusu', 'Yaw Darko', 'Kwame Asante', 'Lia Obeng']);
  const places = [{ start: text.indexOf('Accra'), end: text.indexOf('Accra') + 5, text: 'Accra' }];
  const windowed = findRoles(text, people, places);
  assert.deepEqual(windowed, rolesIn(buildDoc(text, people, places, true)));
  assert.equal(windowed.length, 7);
  assert.ok(windowed.some((r) => r.office === 'Vice President of the United States')); // "U.S." keeps its dots in the window
  assert.ok(!windowed.some((r) => r.surface.includes('\n')));
});
