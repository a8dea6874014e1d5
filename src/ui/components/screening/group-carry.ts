// In memory only, like the capture: the group of the screening just saved, for the next passenger of the same group.
let nextGroup: string | null = null;

/** Remembers the group the next screening belongs to. */
export function carryGroup(groupId: string): void {
  nextGroup = groupId;
}

/** The group the next screening belongs to, used once. */
export function takeCarriedGroup(): string | null {
  const id = nextGroup;
  nextGroup = null;
  return id;
}
