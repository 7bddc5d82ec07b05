import { describe, expect, it } from 'vitest';
import { isSpanish, lookup, prepareLookup } from '@/content/lookup';

/*
 * A Spanish selection is read by the Spanish model (trained on the Spanish guide and the team's
 * Spanish examples); English selections are not affected.
 */

describe('the lookup in Spanish', () => {
  it('tells Spanish text from English by its glue words, then by its letters', () => {
    expect(isSpanish('fue condenado por trata de personas')).toBe(true);
    expect(isSpanish('he was convicted of sex trafficking')).toBe(false);
    expect(isSpanish('¿Qué es la trata?')).toBe(true);
    expect(isSpanish('Mann Act')).toBe(false);
  });

  it('opens the right section for a Spanish news sentence, and nothing for Spanish weather', async () => {
    const sentence = 'fue condenado por trata de personas con fines de explotación sexual';
    await prepareLookup(sentence);
    const got = lookup(sentence);
    expect(got).not.toBeNull();
    // A conviction for the crime: what the law makes a crime, or what it costs.
    expect([got!.sectionId, ...got!.alternatives]).toEqual(
      expect.arrayContaining(['legal-consequences', 'penalties']),
    );
    expect(lookup('Pronóstico del tiempo: lluvias por la tarde y vientos del norte')).toBeNull();
    expect(lookup('señales de alerta en hoteles y moteles')?.sectionId).toBe('recognizing-signs');
  });

  it('reads a lone Spanish word with the Spanish model when English knows nothing of it', async () => {
    await prepareLookup('proxeneta');
    expect(lookup('proxeneta')).not.toBeNull();
    // English is unchanged.
    expect(lookup('sentenced to life in prison')?.sectionId).toBe('penalties');
  });
});
