import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_V1 } from '../../../src/core/checklist/builtin-catalogue.ts';
import { prefillFromCapture } from '../../../src/core/checklist/prefill.ts';
import { DexieReference, META } from '../../../src/sync/dexie-reference.ts';
import { catalogueForVersion, loadReferenceLists } from '../../../src/ui/hooks/use-reference-lists.ts';
import { enrolledSession } from '../storage/store-fixtures.ts';

const passenger = {
  lastName: 'SUPRIYATNA',
  firstName: 'DEWI',
  sex: 'female' as const,
  birthDate: '1998-04-17',
  nationality: 'IDN',
  passportNumber: 'C4729183',
  issuingState: 'IDN',
  passportExpiry: '2031-02-10',
};

describe('lists a new screening is answered against', () => {
  it('uses the built-in catalogue and no watchlist on a device that never synced', async () => {
    const { db, session } = await enrolledSession();
    const lists = await loadReferenceLists(db, session);
    expect(lists.catalogue).toBe(CATALOGUE_V1);
    expect(lists.watchlist).toBeNull();
  });

  it('pre-answers a cegah hit from the pulled watchlist, and takes a newer pulled catalogue', async () => {
    const { db, session } = await enrolledSession();
    const reference = new DexieReference(db, session.keys);
    await reference.applyWatchlist(
      [
        {
          id: 'w1',
          kind: 'cegah',
          name: 'DEWI SUPRIYATNA',
          passportNumber: 'C4729183',
          updatedAt: '2026-11-01',
        },
      ],
      'c1',
    );
    await reference.replaceCatalogue({ ...CATALOGUE_V1, version: 2, publishedAt: '2026-11-20' }, 'k1');
    const lists = await loadReferenceLists(db, session);
    expect(lists.catalogue.version).toBe(2);
    const result = prefillFromCapture({
      capture: {
        passenger,
        passportSource: 'wedge',
        passportVerified: true,
        flight: null,
        boardingPassName: null,
        warnings: [],
      },
      today: '2026-11-23',
      catalogue: lists.catalogue,
      watchlist: lists.watchlist ?? undefined,
    });
    expect(result.prefills).toContainEqual(
      expect.objectContaining({ indicatorId: 'WL_CEGAH_HIT', answer: 'yes' }),
    );
  });

  it('keeps the built-in catalogue when the stored one is damaged', async () => {
    const { db, session } = await enrolledSession();
    await db.meta.put({ key: META.catalogue, value: { version: 9, indicators: 'broken' } });
    const lists = await loadReferenceLists(db, session);
    expect(lists.catalogue).toBe(CATALOGUE_V1);
  });
});

describe('screenings answered against an older catalogue', () => {
  it('stay readable: every pulled version is kept beside the built-in one', async () => {
    const { db, session } = await enrolledSession();
    const reference = new DexieReference(db, session.keys);
    await reference.replaceCatalogue({ ...CATALOGUE_V1, version: 2, publishedAt: '2026-11-20' }, 'k1');
    await reference.replaceCatalogue(
      {
        ...CATALOGUE_V1,
        version: 3,
        publishedAt: '2026-11-22',
        indicators: CATALOGUE_V1.indicators.slice(1),
      },
      'k2',
    );
    const lists = await loadReferenceLists(db, session);
    expect(lists.catalogue.version).toBe(3);
    expect(lists.catalogues.map((c) => c.version).sort()).toEqual([1, 2, 3]);
    expect(catalogueForVersion(lists, 1).indicators).toHaveLength(30);
    expect(catalogueForVersion(lists, 3).indicators).toHaveLength(29);
    expect(catalogueForVersion(lists, 7).version).toBe(3);
  });
});
