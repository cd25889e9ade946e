// @vitest-environment happy-dom
// The card's parts that depend on the data alone: "Also called", with who uses each name.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { entry } from './helpers';
import { Card } from '../../lib/card/Card';

afterEach(() => {
  document.body.replaceChildren();
});

describe('the card', () => {
  it('lists the names whose use is contested under "Also called", with who uses them', () => {
    const kyiv = entry('kyiv', ['Kyiv', 'Kiev'], { title: 'Kyiv', category: 'place' });
    kyiv.aliases[1] = { text: 'Kiev', usage: 'the older English spelling, from Russian' };
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Card entry={kyiv} today="2026-12-03" />, root));
    expect(root.querySelector('.also')?.textContent).toBe('Also called:Kiev: the older English spelling, from Russian');
    act(() => render(<Card entry={{ ...kyiv, aliases: [{ text: 'Kyiv' }] }} today="2026-12-03" />, root));
    expect(root.querySelector('.also')).toBeNull();
  });
});
