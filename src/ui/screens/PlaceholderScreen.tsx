import { t, type MessageKey } from '../../i18n/i18n.ts';

/** A screen whose feature is not built yet: says so plainly instead of pretending. */
export function PlaceholderScreen({ title, body }: { title: MessageKey; body: MessageKey }) {
  return (
    <section class="screen">
      <h1>{t(title)}</h1>
      <p class="card">{t(body)}</p>
    </section>
  );
}
