// PRIVACY.md must stay true: its table of stored keys is exactly the settings the code defines, and
// the settings and the reading history are all that is stored (lib/platform/settings-store.ts writes
// local:settings.<key>, lib/platform/history.ts local:history).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../../lib/settings/settings';
import { HISTORY_KEY } from '../../lib/platform/history';

const privacy = readFileSync(join(import.meta.dirname, '..', '..', 'PRIVACY.md'), 'utf8');
const store = readFileSync(join(import.meta.dirname, '..', '..', 'lib', 'platform', 'settings-store.ts'), 'utf8');

describe('the privacy statement', () => {
  it('lists exactly the keys the extension stores', () => {
    const listed = [...privacy.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    const keys = [...SETTING_KEYS.map((k) => `settings.${k}`), HISTORY_KEY.replace(/^local:/, '')];
    expect(listed.sort()).toEqual(keys.sort());
    expect(store).toMatch(/`local:settings\.\$\{key\}`/);
  });
});
