import { t } from '../../i18n/i18n.ts';
import { useOnline } from '../hooks/use-online.ts';

/** A small badge saying whether the tablet has a network. */
export function NetworkBadge() {
  const online = useOnline();
  return (
    <span class={online ? 'badge badge-online' : 'badge badge-offline'} role="status">
      {online ? t('network.online') : t('network.offline')}
    </span>
  );
}
