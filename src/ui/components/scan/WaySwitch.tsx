import { t } from '../../../i18n/i18n.ts';

/** Which way in is open: the camera, typed MRZ lines, typed fields, or none. */
export type Way = 'camera' | 'typeMrz' | 'typeFields' | null;

type Props = { way: Way; ways: Array<Exclude<Way, null>>; onWay: (way: Way) => void };

/** Buttons choosing the camera or typing; the open one closes again on a second tap. */
export function WaySwitch({ way, ways, onWay }: Props) {
  return (
    <div class="segmented scan-ways">
      {ways.map((each) => (
        <button
          key={each}
          type="button"
          class={way === each ? 'btn btn-primary' : 'btn'}
          aria-pressed={way === each}
          onClick={() => onWay(way === each ? null : each)}
        >
          {t(`scan.way.${each}`)}
        </button>
      ))}
    </div>
  );
}
