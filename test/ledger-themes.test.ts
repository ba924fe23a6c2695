import { describe, expect, it } from 'vitest';
import { casualtyKind, classOfUnitWord, themeClasses, themesCompatible, themeTokens } from '../src/ledger/themes.js';

const theme = (event: string, unit: string | null, themeText: string | null = unit, trigger: string | null = null) => {
  const c = { event, unit, theme: themeText, trigger };
  return { classes: themeClasses(c), tokens: themeTokens(c) };
};

describe('theme classes', () => {
  it.each([
    ['sappers', ['people']],
    ['military construction workers and deminers', ['people']],
    ['North Korean military personnel', ['people']],
    ['artillery shells', ['goods:ammunition']],
    ['Leopard 2 tanks', ['goods:armour']],
    ['Pantsir air defense systems', ['goods:air-defense']],
    ['weapons', ['goods']],
    ['long-range ATACMS missiles', ['goods:missiles']],
    ['pledges of support', []],
  ])('%s → %j', (unit, classes) => {
    expect(theme('deploy', unit).classes).toEqual(classes);
  });

  it('classes money by its currency, not by what it buys', () => {
    expect(theme('transfer', 'USD', 'military aid').classes).toEqual(['money:USD']);
  });

  it.each([
    ['killed', 'soldiers', 'dead'],
    ['wounded', 'troops', 'wounded'],
    ['killed or wounded', 'soldiers', 'casualties'],
    ['suffered', 'casualties', 'casualties'],
    ['captured', 'North Korean soldiers', 'captured'],
    ['killing', 'at least 30 civilians', 'dead'],
    ['wounding', 'two passers-by', 'wounded'],
  ])('a casualty claim triggered by "%s" counting %s counts the %s', (trigger, unit, kind) => {
    expect(casualtyKind({ event: 'casualties', unit, theme: unit, trigger })).toBe(kind);
  });
});

describe('theme words', () => {
  it('leaves out an approximator the extractor left in a theme', () => {
    expect(themeTokens({ event: 'casualties', unit: null, theme: 'at least 30 civilians', trigger: 'killing' })).toEqual(['civilian']);
  });
});

describe('compatible themes', () => {
  it.each([
    ['sappers', 'military personnel', true],
    ['military construction workers and deminers', 'troops', true],
    ['artillery shells', 'ammunition', true],
    ['weapons', 'artillery shells', true],
    ['Pantsir system', 'Pantsir S-1 mobile air defense system', true],
    ['artillery shells', 'tanks', false],
    ['troops', 'artillery shells', false],
    ['Su-30 jet fighters', 'Su-30 Fighter Jets', true],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(themesCompatible(theme('transfer', a), theme('transfer', b))).toBe(same);
  });

  it('keeps killed apart from wounded, and dollars apart from euros', () => {
    expect(themesCompatible(theme('casualties', 'soldiers', 'soldiers', 'killed'), theme('casualties', 'soldiers', 'soldiers', 'wounded'))).toBe(false);
    expect(themesCompatible(theme('transfer', 'USD', 'aid'), theme('transfer', 'EUR', 'aid'))).toBe(false);
  });

  it('lets a claim that names nothing fit any theme ("sent them")', () => {
    expect(themesCompatible(theme('deploy', null), theme('deploy', 'troops'))).toBe(true);
  });
});

describe('unit words for estimate filters', () => {
  it.each([
    ['troops', 'people'],
    ['casualties', 'casualties'],
    ['killed', 'casualties:dead'],
    ['shells', 'goods:ammunition'],
    ['USD', 'money:USD'],
    ['pledges', null],
  ])('%s → %s', (word, cls) => {
    expect(classOfUnitWord(word)).toBe(cls);
  });
});
