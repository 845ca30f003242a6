/** The site-wide engine setting as read from the address and the reader's remembered choice. */
import { describe, expect, it } from 'vitest';
import { readEngineSetting } from '../../components/ui/backend/engine-setting.ts';

describe('engine setting', () => {
  it('defaults to auto, else keeps the remembered choice, and the address wins over both', () => {
    expect(readEngineSetting('', undefined)).toEqual({ choice: 'auto' });
    expect(readEngineSetting('?seed=3', 'tfjs')).toEqual({ choice: 'tfjs' });
    expect(readEngineSetting('?engine=lab', 'tfjs')).toEqual({ choice: 'lab' });
    expect(readEngineSetting('?engine=tfjs', undefined)).toEqual({ choice: 'tfjs' });
    expect(readEngineSetting('?engine=auto', 'tfjs')).toEqual({ choice: 'auto' });
  });

  it('ignores a remembered value that is not an engine', () => {
    expect(readEngineSetting('', 'webgpu')).toEqual({ choice: 'auto' });
  });

  it('refuses a hostile address value with a short, printable notice and keeps the fallback', () => {
    const hostile = encodeURIComponent(`<img src=x onerror=alert(1)>${'x'.repeat(200)}\u0000`);
    const reading = readEngineSetting(`?engine=${hostile}`, 'tfjs');
    expect(reading.choice).toBe('tfjs');
    expect(reading.notice).toBe('The link asked for engine "<img src=x onerror=alert…", which is not one of auto, lab, tfjs; training with "tfjs" instead.');
    expect(reading.notice!.length).toBeLessThan(160);
    expect(readEngineSetting('?engine=TFJS', undefined).notice).toContain('"TFJS"');
    expect(readEngineSetting('?engine=%E2%80%AE%0A', undefined).notice).toContain('"??"');
    expect(readEngineSetting('?engine=', undefined)).toMatchObject({ choice: 'auto', notice: expect.stringContaining('""') });
  });
});
