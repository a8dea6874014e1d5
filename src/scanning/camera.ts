/** Why the camera could not be used; each is an i18n key. */
export type CameraError =
  'scan.camera.denied' | 'scan.camera.missing' | 'scan.camera.unsupported' | 'scan.camera.failed';

/** An open camera shown in a video element. */
export type OpenCamera = {
  stream: MediaStream;
  /** The device can light the document (a torch on the back camera). */
  hasTorch: boolean;
  setTorch: (on: boolean) => Promise<boolean>;
  stop: () => void;
};

/** Maps a getUserMedia failure to what the officer is told. */
export function cameraErrorOf(error: unknown): CameraError {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'scan.camera.denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') {
    return 'scan.camera.missing';
  }
  return 'scan.camera.failed';
}

/** Opens the back camera into `video`; never throws, says why it failed instead. */
export async function openCamera(
  video: HTMLVideoElement,
): Promise<{ ok: true; camera: OpenCamera } | { ok: false; error: CameraError }> {
  if (!navigator.mediaDevices?.getUserMedia) return { ok: false, error: 'scan.camera.unsupported' };
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: false,
      // The band's pixels per MRZ character decide the read: ask for the most the back camera gives.
      video: { facingMode: { ideal: 'environment' }, width: { ideal: 1920 }, height: { ideal: 1080 } },
    });
  } catch (error) {
    return { ok: false, error: cameraErrorOf(error) };
  }
  const track = stream.getVideoTracks()[0];
  const capabilities = (track?.getCapabilities?.() ?? {}) as MediaTrackCapabilities & {
    torch?: boolean;
    focusMode?: string[];
  };
  await focusContinuously(track, capabilities);
  const stop = (): void => {
    for (const each of stream.getTracks()) each.stop();
    if (video.srcObject === stream) video.srcObject = null;
  };
  video.srcObject = stream;
  video.muted = true;
  video.playsInline = true;
  try {
    await video.play();
  } catch (error) {
    stop();
    return { ok: false, error: cameraErrorOf(error) };
  }
  const setTorch = async (on: boolean): Promise<boolean> => {
    if (!track || capabilities.torch !== true) return false;
    try {
      await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
      return true;
    } catch {
      return false;
    }
  };
  return { ok: true, camera: { stream, hasTorch: capabilities.torch === true, setTorch, stop } };
}

/** Asks for continuous autofocus where the camera offers it (a document held by hand moves); never throws. */
async function focusContinuously(
  track: MediaStreamTrack | undefined,
  capabilities: MediaTrackCapabilities & { focusMode?: string[] },
): Promise<void> {
  if (!track || !capabilities.focusMode?.includes('continuous')) return;
  try {
    await track.applyConstraints({ advanced: [{ focusMode: 'continuous' } as MediaTrackConstraintSet] });
  } catch {
    // The camera keeps its own focus.
  }
}

/** Resolves once the video shows frames with a size (decoders need width and height). */
export async function videoReady(video: HTMLVideoElement): Promise<void> {
  if (video.videoWidth > 0) return;
  await new Promise<void>((resolve) => video.addEventListener('loadeddata', () => resolve(), { once: true }));
}
