import { t } from '../../i18n/i18n.ts';
import type { OfficerDirectory } from '../hooks/use-officer-directory.ts';

/** "Name (Agency)" of an officer on this tablet; the pseudonymous id when the tablet does not know them. */
export function officerLabel(id: string, directory: OfficerDirectory | null): string {
  const officer = directory?.get(id);
  if (!officer) return id;
  return t('gate.officer.label', { name: officer.name, agency: t(`store.agency.${officer.agency}`) });
}

/** Every officer of the directory as "Name (Agency)", by id, for an export. */
export function officerLabels(directory: OfficerDirectory): Record<string, string> {
  return Object.fromEntries([...directory.keys()].map((id) => [id, officerLabel(id, directory)]));
}
