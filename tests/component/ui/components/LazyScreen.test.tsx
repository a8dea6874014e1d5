import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyScreen } from '../../../../src/ui/components/LazyScreen.tsx';
import { setLang } from '../../../../src/i18n/i18n.ts';

function Loaded() {
  return <p>layar dimuat</p>;
}

describe('LazyScreen', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await setLang('id', { persist: false });
  });

  it('says the screen is not stored for offline use when the load fails offline, and loads on retry', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    let calls = 0;
    const load = () => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : Promise.resolve(Loaded);
    };
    render(<LazyScreen load={load} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('belum tersimpan di tablet');
    expect(alert.textContent).not.toContain('tak terduga');
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('layar dimuat')).toBeTruthy();
    expect(calls).toBe(2);
  });

  it('names a load failure while online as such, in English when chosen', async () => {
    await setLang('en', { persist: false });
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    render(<LazyScreen load={() => Promise.reject(new Error('boom'))} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This screen failed to load');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
