import { describe, expect, it } from 'vitest';
import { solutionSource } from '../../components/exercise/solution-source.ts';

describe('solutionSource', () => {
  it('reads the code, indentation and newlines included, from the copy button Expressive Code renders', () => {
    const html = '<figure><pre>…</pre><div class="copy"><button data-copied="Copied!" data-code="function f(x) {\u007f  return x &gt; 0 ? &quot;yes&quot; : &#39;no&#39; &amp;&amp; 1;\u007f}"></button></div></figure>';
    expect(solutionSource(html, 'demo')).toBe('function f(x) {\n  return x > 0 ? "yes" : \'no\' && 1;\n}');
  });

  it('refuses a solution slot without exactly one code block, naming the exercise', () => {
    expect(() => solutionSource('<p>no code</p>', 'demo')).toThrow(/Exercise "demo": its solution slot needs exactly one code block, found 0/);
    expect(() => solutionSource('<b data-code="a"></b><b data-code="b"></b>', 'demo')).toThrow(/found 2/);
  });
});
