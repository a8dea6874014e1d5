import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../../src/i18n/i18n.ts';
import { SettingsScreen } from '../../../src/ui/screens/SettingsScreen.tsx';

describe('Settings', () => {
  afterEach(async () => {
    await setLang('id', { persist: false });
  });

  it('switches the whole UI to English and remembers the choice on the device', async () => {
    render(<SettingsScreen />);
    expect(screen.getByRole('heading', { name: 'Pengaturan' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Settings' })).toBeTruthy());
    expect(localStorage.getItem('saring.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('radio', { name: 'English' }).getAttribute('aria-checked')).toBe('true');
  });

  it("shows the checkpoint's time zone and the time as DD/MM/YYYY HH:MM", () => {
    render(<SettingsScreen />);
    expect(screen.getByText(/WIB \(Asia\/Jakarta\)/)).toBeTruthy();
    expect(screen.getByTestId('now').textContent).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} WIB$/);
  });
});
