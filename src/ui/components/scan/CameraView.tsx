import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n/i18n.ts';
import { openCamera, type OpenCamera } from '../../../scanning/camera.ts';
import type { CameraHint } from '../../../scanning/ocrb/framing-hint.ts';

/** A running frame reader over the camera video; `stop` ends it; `onFailure` hears that it stopped reading. */
export type FrameScanner = (
  video: HTMLVideoElement,
  onText: (text: string) => boolean,
  onFailure?: () => void,
  onHint?: (hint: CameraHint | null) => void,
) => Promise<{ stop: () => void }>;

type Props = {
  /** What to look for: a boarding-pass barcode or the passport's MRZ (shows the MRZ guide box). */
  mode: 'barcode' | 'mrz';
  /** Loads the reader only when the camera opens (keeps the first load small). */
  loadScanner: () => Promise<FrameScanner>;
  /** Gets each decoded text; returns true to accept it and stop. */
  onText: (text: string) => boolean;
};

/** The camera with a guide box, a torch toggle, and a clear message when the camera cannot be used. */
export function CameraView({ mode, loadScanner, onText }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const [status, setStatus] = useState<MessageKey | null>('scan.camera.starting');
  const [error, setError] = useState<MessageKey | null>(null);
  const [camera, setCamera] = useState<OpenCamera | null>(null);
  const [torch, setTorch] = useState(false);
  const [hint, setHint] = useState<CameraHint | null>(null);
  const accept = useRef(onText);
  accept.current = onText;

  useEffect(() => {
    let cancelled = false;
    let opened: OpenCamera | null = null;
    let scan: { stop: () => void } | null = null;
    void (async () => {
      const element = video.current;
      if (!element) return;
      const result = await openCamera(element);
      if (!result.ok) {
        if (!cancelled) setError(result.error);
        return;
      }
      opened = result.camera;
      if (cancelled) return opened.stop();
      setCamera(opened);
      if (mode === 'mrz') setStatus('scan.camera.loadingOcr');
      try {
        const scanner = await loadScanner();
        if (cancelled) return;
        scan = await scanner(
          element,
          (text) => accept.current(text),
          () => {
            if (!cancelled) setError('scan.camera.readerStopped');
          },
          (next) => {
            if (!cancelled) setHint(next);
          },
        );
        if (cancelled) scan.stop();
        else setStatus(null);
      } catch {
        if (!cancelled) setError('scan.camera.failed');
      }
    })();
    return () => {
      cancelled = true;
      scan?.stop();
      opened?.stop();
    };
  }, [mode, loadScanner]);

  const toggleTorch = async (): Promise<void> => {
    if (camera && (await camera.setTorch(!torch))) setTorch(!torch);
  };

  if (error) {
    return (
      <p class="alert alert-danger" role="alert">
        {t(error)}
      </p>
    );
  }
  return (
    <div class="camera">
      <div class={`camera-frame camera-${mode}`}>
        <video ref={video} aria-label={t('scan.camera.label')} muted playsInline />
        <div class="camera-guide" aria-hidden="true" />
      </div>
      <p class="help" aria-live="polite">
        {status
          ? t(status)
          : hint
            ? t(`scan.camera.hint.${hint}`)
            : t(mode === 'mrz' ? 'scan.camera.guideMrz' : 'scan.camera.guideBarcode')}
      </p>
      {camera?.hasTorch && (
        <button type="button" class="btn" aria-pressed={torch} onClick={() => void toggleTorch()}>
          {t(torch ? 'scan.camera.torchOff' : 'scan.camera.torchOn')}
        </button>
      )}
    </div>
  );
}
