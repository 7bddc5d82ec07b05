import SAVED_SPANISH_MODEL from '../generated/lookup-model-es.json';
import { SPANISH_WORDS } from '../es/words';
import type { SavedModel } from './model';
import { loadModel, type LoadedModel } from './rank';

/*
 * The Spanish lookup: the same engine, trained on the Spanish guide and the team's Spanish
 * examples (`npm run build:index`), reading Spanish words. A chunk of its own, loaded only when a
 * selection reads as Spanish.
 */

export const SPANISH_MODEL: LoadedModel = loadModel(
  SAVED_SPANISH_MODEL as unknown as SavedModel,
  SPANISH_WORDS,
);
