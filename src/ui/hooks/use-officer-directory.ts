import { useContext, useEffect, useState } from 'preact/hooks';
import { listOfficers, type OfficerListItem } from '../../storage/officers.ts';
import { UnlockedContext } from './use-unlocked.ts';

/** This tablet's officers by id; an empty directory when none can be read. */
export type OfficerDirectory = ReadonlyMap<string, OfficerListItem>;

/**
 * The officers enrolled on this tablet, names decrypted with the session's key, so a screen can say who decided,
 * recorded or received something instead of a pseudonymous id. Null while loading.
 */
export function useOfficerDirectory(): OfficerDirectory | null {
  const unlocked = useContext(UnlockedContext);
  const [directory, setDirectory] = useState<OfficerDirectory | null>(null);
  useEffect(() => {
    if (!unlocked) {
      setDirectory(new Map());
      return;
    }
    let live = true;
    listOfficers(unlocked.db, unlocked.unlocked.keys).then(
      (officers) => live && setDirectory(new Map(officers.map((o) => [o.id, o]))),
      () => live && setDirectory(new Map()),
    );
    return () => {
      live = false;
    };
  }, [unlocked]);
  return directory;
}
