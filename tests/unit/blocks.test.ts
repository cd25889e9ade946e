import { describe, expect, it } from 'vitest';
import { collectBlocks, locate, NODES_PER_STEP, walkBlocks } from '../../lib/content/read/blocks';
import { dom } from './helpers';

describe('collectBlocks', () => {
  it('joins text across inline elements and splits at blocks', () => {
    const doc = dom('<body><p>The New <em>START</em> treaty</p><div>Next <b>para</b><p>inner</p>tail</div></body>');
    expect(collectBlocks(doc.body).map((b) => b.text)).toEqual(['The New START treaty', 'Next para', 'inner', 'tail']);
  });

  it('skips what readers do not see or the page owns as input', () => {
    const doc = dom(`<body><p>seen</p><script>x</script><style>y</style><noscript>n</noscript><template>t</template>
      <textarea>ta</textarea><select><option>Georgia</option></select><pre>code</pre><code>c</code>
      <div contenteditable="true">edit</div><div hidden>h</div><div style="display: none">d</div><p aria-hidden="true">a</p></body>`);
    expect(collectBlocks(doc.body).map((b) => b.text.trim()).filter(Boolean)).toEqual(['seen']);
  });

  it('maps offsets back to text nodes', () => {
    const doc = dom('<p>ab<i>cd</i>ef</p>');
    const [block] = collectBlocks(doc.body);
    const at = locate(block, 3);
    expect(at.node.data).toBe('cd');
    expect(at.offset).toBe(1);
    const end = locate(block, 4, true);
    expect(end.node.data).toBe('cd');
    expect(end.offset).toBe(2);
  });

  it('walks very deep trees without overflowing the stack', () => {
    const doc = dom('<body></body>');
    let el: Element = doc.body;
    for (let i = 0; i < 20000; i++) el = el.appendChild(doc.createElement('span'));
    el.appendChild(doc.createTextNode('deep'));
    expect(collectBlocks(doc.body).map((b) => b.text)).toEqual(['deep']);
  });
});

describe('walkBlocks in steps', () => {
  it('pauses within an element of tens of thousands of children, not only between nodes', () => {
    const n = 5 * NODES_PER_STEP;
    const doc = dom(`<article>${'<p>Delegates met again.</p>'.repeat(n)}</article>`);
    const steps = walkBlocks(doc.querySelector('article')!);
    // Steps until every child is queued and the walk reaches the first paragraph: a step per
    // NODES_PER_STEP children, not one step for all of them.
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(step.value).toHaveLength(n);
    // n children queued (n / NODES_PER_STEP pauses) and 2n nodes visited (2n / NODES_PER_STEP).
    expect(pauses).toBe(3 * n / NODES_PER_STEP);
  });
});
