import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CameraView, type FrameScanner } from '../../../../../src/ui/components/scan/CameraView.tsx';

/** A camera track as Chromium on a tablet gives it; `capabilities` is what its getCapabilities() reports. */
function fakeTrack(capabilities: Record<string, unknown>) {
  return {
    kind: 'video',
    getCapabilities: vi.fn(() => capabilities),
    applyConstraints: vi.fn(async () => undefined),
    stop: vi.fn(),
  };
}

function giveCamera(track: ReturnType<typeof fakeTrack>): void {
  const stream = { getVideoTracks: () => [track], getTracks: () => [track] };
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: { getUserMedia: vi.fn(async () => stream) },
  });
}

const scanner: FrameScanner = async () => ({ stop: () => undefined });
const loadScanner = async (): Promise<FrameScanner> => scanner;

describe('CameraView torch', () => {
  beforeEach(() => {
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(navigator, 'mediaDevices');
  });

  it('offers the torch when the camera has one, and switches it on and off', async () => {
    const track = fakeTrack({ torch: true });
    giveCamera(track);
    render(<CameraView mode="mrz" loadScanner={loadScanner} onText={() => false} />);
    const on = await screen.findByRole('button', { name: 'Nyalakan senter' });
    expect(on.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(on);
    const off = await screen.findByRole('button', { name: 'Matikan senter' });
    expect(off.getAttribute('aria-pressed')).toBe('true');
    expect(track.applyConstraints).toHaveBeenLastCalledWith({ advanced: [{ torch: true }] });
    fireEvent.click(off);
    await screen.findByRole('button', { name: 'Nyalakan senter' });
    expect(track.applyConstraints).toHaveBeenLastCalledWith({ advanced: [{ torch: false }] });
    expect(track.applyConstraints).toHaveBeenCalledTimes(2);
  });

  it('shows no torch button when the camera has no torch', async () => {
    const track = fakeTrack({ width: { min: 1, max: 1280 } });
    giveCamera(track);
    render(<CameraView mode="mrz" loadScanner={loadScanner} onText={() => false} />);
    await screen.findByText('Letakkan dua baris MRZ di bagian bawah paspor di dalam kotak.');
    expect(screen.queryByRole('button', { name: /senter/ })).toBeNull();
    expect(track.applyConstraints).not.toHaveBeenCalled();
  });

  it('stops the camera when it is closed', async () => {
    const track = fakeTrack({ torch: true });
    giveCamera(track);
    const view = render(<CameraView mode="mrz" loadScanner={loadScanner} onText={() => false} />);
    await screen.findByRole('button', { name: 'Nyalakan senter' });
    view.unmount();
    await waitFor(() => expect(track.stop).toHaveBeenCalled());
  });

  it('says so when the reader stops, so the officer types instead of waiting', async () => {
    giveCamera(fakeTrack({}));
    const failing: FrameScanner = async (_video, _onText, onFailure) => {
      setTimeout(() => onFailure?.(), 0);
      return { stop: () => undefined };
    };
    render(<CameraView mode="mrz" loadScanner={async () => failing} onText={() => false} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Pembacaan dari kamera berhenti. Gunakan pembaca meja atau ketik data.',
    );
  });

  it('tells the officer what to change while the MRZ is not read, and goes back to the guide once nothing needs to', async () => {
    giveCamera(fakeTrack({}));
    let hint: ((next: 'whole' | 'closer' | 'still' | null) => void) | undefined;
    const hinting: FrameScanner = async (_video, _onText, _onFailure, onHint) => {
      hint = onHint;
      return { stop: () => undefined };
    };
    render(<CameraView mode="mrz" loadScanner={async () => hinting} onText={() => false} />);
    await screen.findByText('Letakkan dua baris MRZ di bagian bawah paspor di dalam kotak.');
    act(() => hint?.('whole'));
    await screen.findByText('Masukkan seluruh MRZ ke dalam kotak: ada baris yang terpotong di tepinya.');
    act(() => hint?.('closer'));
    await screen.findByText('Dekatkan paspor: MRZ terlalu kecil untuk dibaca.');
    act(() => hint?.('still'));
    await screen.findByText('Tahan diam, dan miringkan paspor sedikit menjauhi cahaya.');
    act(() => hint?.(null));
    await screen.findByText('Letakkan dua baris MRZ di bagian bawah paspor di dalam kotak.');
  });
});
