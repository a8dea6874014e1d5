import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';

/** One place in the offline list: a code and its name. */
export type Place = { code: string; name: string };

type SearchProps = {
  id: string;
  label: string;
  value: string | undefined;
  /** The chosen place's name, when known. */
  valueName: string | undefined;
  search: (query: string) => Promise<Place[]>;
  onPick: (place: Place | null) => void;
};

/** A search box over an offline list; the choice is shown as a chip that can be changed. */
function PlaceSearch({ id, label, value, valueName, search, onPick }: SearchProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Place[]>([]);
  useEffect(() => {
    let live = true;
    if (query.trim().length < 2) {
      setResults([]);
      return;
    }
    void search(query).then((found) => {
      if (live) setResults(found.slice(0, 8));
    });
    return () => {
      live = false;
    };
  }, [query, search]);
  if (value) {
    return (
      <div class="field">
        <span class="field-label">{label}</span>
        <span class="chip">
          <strong>{valueName ?? value}</strong>
          <button type="button" class="btn" onClick={() => onPick(null)}>
            {t('screening.area.clear')}
          </button>
        </span>
      </div>
    );
  }
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="search"
        placeholder={t('screening.area.search')}
        value={query}
        autoComplete="off"
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {query.trim().length >= 2 && results.length === 0 && (
        <span class="help">{t('screening.area.noMatch')}</span>
      )}
      <ul class="plain-list picks" role="listbox" aria-label={label}>
        {results.map((place) => (
          <li key={place.code}>
            <button
              type="button"
              role="option"
              aria-selected="false"
              class="btn pick"
              onClick={() => {
                setQuery('');
                onPick(place);
              }}
            >
              {place.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

type Props = {
  districtCode: string | undefined;
  villageCode: string | undefined;
  required: boolean;
  searchDistricts: (query: string) => Promise<Place[]>;
  searchVillages: (districtCode: string, query: string) => Promise<Place[]>;
  nameOf: (code: string) => Promise<string | undefined>;
  onChange: (districtCode: string | undefined, villageCode: string | undefined) => void;
};

/** The passenger's stated home kabupaten and desa, picked from the list shipped with the app. */
export function AreaPicker({
  districtCode,
  villageCode,
  required,
  searchDistricts,
  searchVillages,
  nameOf,
  onChange,
}: Props) {
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    for (const code of [districtCode, villageCode]) {
      if (code && !names[code])
        void nameOf(code).then((name) => name && setNames((n) => ({ ...n, [code]: name })));
    }
  }, [districtCode, villageCode, nameOf, names]);
  return (
    <fieldset class="card">
      <legend>{t('screening.area.title')}</legend>
      {required && !districtCode && <p class="alert alert-warn">{t('screening.area.required')}</p>}
      <div class="form-grid">
        <PlaceSearch
          id="area-district"
          label={t('screening.area.district')}
          value={districtCode}
          valueName={districtCode ? names[districtCode] : undefined}
          search={searchDistricts}
          onPick={(place) => {
            if (place) setNames((n) => ({ ...n, [place.code]: place.name }));
            onChange(place?.code, undefined);
          }}
        />
        {districtCode && (
          <PlaceSearch
            id="area-village"
            label={t('screening.area.village')}
            value={villageCode}
            valueName={villageCode ? names[villageCode] : undefined}
            search={(query) => searchVillages(districtCode, query)}
            onPick={(place) => {
              if (place) setNames((n) => ({ ...n, [place.code]: place.name }));
              onChange(districtCode, place?.code);
            }}
          />
        )}
      </div>
    </fieldset>
  );
}
