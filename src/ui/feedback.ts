let audio: AudioContext | null = null;

/** A short beep and a vibration: the officer knows a document was read without looking at the screen. */
export function confirmRead(): void {
  try {
    navigator.vibrate?.(80);
  } catch {
    // Vibration refused (no user gesture yet): the beep and the screen still confirm.
  }
  try {
    const Context = globalThis.AudioContext;
    if (!Context) return;
    audio ??= new Context();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = 1320;
    gain.gain.setValueAtTime(0.2, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.12);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.12);
  } catch {
    // No audio output: silent confirmation only.
  }
}
