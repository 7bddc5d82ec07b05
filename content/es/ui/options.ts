import { LOOKUP_COMMAND, OPEN_POPUP_COMMAND } from '../../commands';
import type { Widen } from '../../i18n/widen';
import { regionLabel } from '../regions';
import type { Theme } from '../../settings';
import type * as en from '../../ui/options';

/*
 * Every Spanish string the options page shows (see content/ui/options.ts). Privacy wording
 * here must match what the code really does, like the English: change them together.
 */

export const PAGE: Widen<typeof en.PAGE> = {
  /** The tab title when discreet mode is off (discreet mode uses DISCREET_TITLE). */
  title: 'Configuración: Guía de la ley de trata de Missouri',
  heading: 'Configuración',
  /** Under the heading; the discreet page leaves it out. */
  subheading: 'Guía de la ley de trata de Missouri',
  autosave: 'Los cambios se guardan al hacerlos.',
};

export const WELCOME: Widen<typeof en.WELCOME> = {
  heading: 'Le damos la bienvenida',
  what: 'Esta guía explica en palabras sencillas la ley de Missouri sobre la trata sexual, con fuentes, y le muestra el número correcto al que llamar.',
  ask: 'Elija su región para que podamos mostrarle las líneas correctas.',
  privacy: 'Su elección se queda en este navegador. No se envía nada a ningún lugar.',
  saved: 'Guardado. Ya puede cerrar esta pestaña.',
};

export const REGION_PICKER: Widen<typeof en.REGION_PICKER> = {
  heading: 'Su región',
  stateLabel: 'Región: su estado',
  notSet: 'Sin elegir: mostrar líneas nacionales',
  areaLabel: 'Zona de Missouri (opcional)',
  allOfMissouri: 'Todo Missouri',
  countiesIntro: 'Condados:',
  help: 'Solo se usa para elegir qué líneas telefónicas mostrar. Se queda en este navegador.',
};

export const PREVIEW: Widen<typeof en.PREVIEW> = {
  heading: 'Líneas que mostrará el botón de la barra de herramientas',
  headingFor: (label) => `Líneas que mostrará el botón de la barra de herramientas para ${label}`,
  headingNational: 'Líneas que mostrará el botón de la barra de herramientas (nacionales)',
};

export const LOOKUP: Widen<typeof en.LOOKUP> = {
  heading: 'Búsqueda con clic derecho',
  enabledLabel: 'Mostrar la opción Buscar al hacer clic derecho en un texto seleccionado',
  enabledHelp:
    'Seleccione una palabra en cualquier página, haga clic derecho y búsquela aquí. Si desactiva esta opción, el menú ya no la muestra.',
  targetLegend: 'Dónde se abren las búsquedas',
  targets: {
    'side-panel': 'Junto a la página (panel lateral)',
    tab: 'En una pestaña nueva',
  },
  targetHelp:
    'Se usa el panel lateral si su navegador lo tiene. Si no lo tiene, las búsquedas se abren en una pestaña nueva.',
  disabledNote:
    'La búsqueda con clic derecho está desactivada, así que esta opción no tiene efecto hasta que la vuelva a activar.',
};

export const LANGUAGE: Widen<typeof en.LANGUAGE> = {
  heading: 'Idioma',
  legend: 'Idioma de la guía',
  choices: {
    browser: 'El mismo que mi navegador',
    en: 'English',
    es: 'Español',
  },
  help: 'Todas las páginas abiertas de la guía cambian a la vez.',
};

export const APPEARANCE: Widen<typeof en.APPEARANCE> = {
  heading: 'Apariencia',
  themeLegend: 'Tema',
  themes: {
    system: 'Igual que mi dispositivo',
    light: 'Claro',
    dark: 'Oscuro',
  },
};

export const DISCREET: Widen<typeof en.DISCREET> = {
  heading: 'Modo discreto',
  label: 'Usar el modo discreto',
  help: 'Muestra un ícono sencillo en la barra de herramientas y el título Consulta rápida en lugar del nombre de la guía.',
  limits:
    'No lo oculta todo: el nombre de la extensión sigue apareciendo en la lista de extensiones del navegador y en sus menús, y el historial del navegador sigue registrando las páginas que usted visita.',
};

export const SYNC: Widen<typeof en.SYNC> = {
  heading: 'Sincronización',
  label: 'Sincronizar mi configuración en mis navegadores',
  help: 'Desactivada de forma predeterminada. Si la activa, la sincronización propia de su navegador (a cargo de la empresa del navegador, como Google o Mozilla) guarda su región y esta configuración en su cuenta del navegador, para que sus otros navegadores con la sesión iniciada la reciban. Nunca se envía nada más.',
  on: 'La sincronización está activada. Su región y su configuración se guardan en su cuenta del navegador.',
  off: 'La sincronización está desactivada. Su configuración se queda en este dispositivo.',
  failed:
    'La sincronización no está disponible en este momento, así que su configuración se queda en este dispositivo.',
};

/** How the privacy list names each stored setting (every setting in content/settings.ts). */
export const STORED_NAMES: Widen<typeof en.STORED_NAMES> = {
  region: 'su región',
  lookupEnabled: 'búsqueda con clic derecho',
  lookupTarget: 'dónde se abren las búsquedas',
  language: 'idioma',
  theme: 'tema',
  discreet: 'modo discreto',
};

export const PRIVACY: Widen<typeof en.PRIVACY> = {
  heading: 'Privacidad',
  /** The first line, built from the settings table so it names every stored setting. */
  stored: (names) => `Qué se guarda: ${[...names, 'sincronización'].join(', ')}.`,
  items: [
    'Dónde: en el almacenamiento local de extensiones de este navegador, o en su cuenta del navegador si activa la sincronización.',
    'El texto en el que hace clic derecho se guarda solo en la memoria hasta que se abre la explicación; después se borra. Nunca se pone en una dirección web.',
    'La función Explicar esta página y el atajo de búsqueda leen la página en la que usted está solo cuando los usa. El texto se lee en este dispositivo, nunca se guarda ni se envía, y se borra al cerrar la vista.',
    'Nada sale de este dispositivo: la extensión no hace solicitudes de red y no tiene herramientas de análisis.',
  ],
};

/** The keyboard shortcuts as this browser has them, and how to change them. */
export const SHORTCUTS: Widen<typeof en.SHORTCUTS> = {
  heading: 'Atajos de teclado',
  intro: 'Use la guía sin mouse. Estos son los atajos configurados en este navegador:',
  notSet: 'Sin asignar',
  names: {
    [OPEN_POPUP_COMMAND]: 'Abrir la guía',
    [LOOKUP_COMMAND]: 'Buscar el texto seleccionado',
  },
  changeChrome:
    'Para cambiarlos en Chrome, Edge o Chromium, abra chrome://extensions/shortcuts (menú Extensiones y luego Combinaciones de teclas).',
  openChrome: 'Abrir la configuración de atajos',
  changeFirefox:
    'Para cambiarlos en Firefox, abra about:addons, elija el botón del engranaje y luego Administrar atajos de extensiones.',
  openFirefox: 'Abrir la configuración de atajos',
  unavailable: 'Este navegador no mostró la lista de atajos.',
};

export const RESET: Widen<typeof en.RESET> = {
  heading: 'Restablecer',
  button: 'Restablecer toda la configuración',
  question:
    '¿Volver toda la configuración a sus valores predeterminados? Se borra su región y se desactiva la sincronización.',
  confirm: 'Sí, restablecer',
  cancel: 'Cancelar',
  done: 'Toda la configuración volvió a sus valores predeterminados.',
};

/** The theme as it reads in "el tema es …". */
const THEME_WORDS: Record<Theme, string> = {
  system: 'igual que su dispositivo',
  light: 'claro',
  dark: 'oscuro',
};

/** What the polite live region says after a save. */
export const SAVED: Widen<typeof en.SAVED> = {
  region: (region) =>
    region ? `Guardado: la región es ${regionLabel(region)}` : 'Guardado: no hay región elegida',
  lookupEnabled: (on) =>
    `Guardado: la búsqueda con clic derecho está ${on ? 'activada' : 'desactivada'}`,
  lookupTarget: (target) =>
    `Guardado: las búsquedas se abren ${target === 'tab' ? 'en una pestaña nueva' : 'junto a la página'}`,
  language: (choice) =>
    `Guardado: el idioma es ${choice === 'browser' ? 'el mismo que su navegador' : LANGUAGE.choices[choice]}`,
  theme: (theme) => `Guardado: el tema es ${THEME_WORDS[theme]}`,
  discreet: (on) => `Guardado: el modo discreto está ${on ? 'activado' : 'desactivado'}`,
};

export const SAVE_FAILED: Widen<typeof en.SAVE_FAILED> =
  'No se pudo guardar ese cambio. Inténtelo de nuevo.';
