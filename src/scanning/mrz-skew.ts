/** Angles tried when straightening the MRZ band, in degrees (the guide box keeps a held passport within ±5°). */
const ANGLES = Array.from({ length: 21 }, (_, index) => -5 + index * 0.5);

/**
 * The rotation, in degrees, that makes the text lines of a grey image horizontal: for each candidate angle the dark
 * pixels are projected onto rows, and the angle whose row profile is sharpest (largest sum of squares) wins.
 * Rotating the image by the negative of the result straightens it.
 */
export function skewAngle(grey: ArrayLike<number>, width: number, height: number): number {
  const dark: Array<[number, number]> = [];
  let sum = 0;
  for (let i = 0; i < width * height; i++) sum += grey[i] ?? 0;
  const threshold = (sum / (width * height)) * 0.6;
  // Every other column is enough and halves the work; every row is needed, or angle 0 would be favoured.
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x += 2) if ((grey[y * width + x] ?? 255) < threshold) dark.push([x, y]);
  }
  let best = 0;
  let bestScore = -1;
  const rows = new Float64Array(height * 2 + 1);
  for (const angle of ANGLES) {
    const slope = Math.tan((angle * Math.PI) / 180);
    rows.fill(0);
    for (const [x, y] of dark) {
      const row = Math.round(y - x * slope) + height;
      if (row >= 0 && row < rows.length) rows[row]! += 1;
    }
    let score = 0;
    for (const count of rows) score += count * count;
    if (
      score > bestScore + 1e-9 ||
      (Math.abs(score - bestScore) <= 1e-9 && Math.abs(angle) < Math.abs(best))
    ) {
      bestScore = score;
      best = angle;
    }
  }
  return best;
}
