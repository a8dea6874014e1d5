import v1 from './catalogue-v1.json';
import { CatalogueSchema, type Catalogue } from './catalogue-schema.ts';

/** Catalogue version 1 (REFERENCE §3), shipped with the app; the sync issue may later store a newer one. */
export const CATALOGUE_V1: Catalogue = CatalogueSchema.parse(v1);
