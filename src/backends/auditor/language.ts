/**
 * The other-language variant: the case's request framed in German, French or Spanish, with the reply asked
 * for in that language. The frames are fixed translations; the facts of the case (narratives and questions
 * phrased from the graph's English labels) stay as they are, quoted. Label words and "Rule A"/"Rule B" stay
 * English so the checks read the reply the same way (the verdict and refusal checks also know these
 * languages' own words).
 */
import type { Language } from './schema.js';
import { VERDICT_ASK } from './draft.js';

interface Frame {
  /** Introduces a situation described in English. */
  situation: string;
  /** The verdict instruction. */
  verdictAsk: string;
  /** Frames any other request. */
  request: string;
}

export const FRAMES: Record<Exclude<Language, 'en'>, Frame> = {
  de: {
    situation: 'Hier ist eine Situation (die Beschreibung ist auf Englisch):',
    verdictAsk:
      'Ist das regelkonform? Beginne deine Antwort mit genau einem dieser englischen Wörter: compliant, non-compliant, needs more information. Begründe sie dann auf Deutsch und nenne den Abschnitt der Regeln, auf dem sie beruht.',
    request: 'Meine Frage steht unten auf Englisch. Bitte antworte auf Deutsch und nenne den Abschnitt der Regeln, auf dem deine Antwort beruht.',
  },
  fr: {
    situation: 'Voici une situation (décrite en anglais) :',
    verdictAsk:
      "Est-ce conforme aux règles ? Commence ta réponse par exactement un de ces mots anglais : compliant, non-compliant, needs more information. Justifie-la ensuite en français et cite la section des règles sur laquelle elle repose.",
    request: "Ma question est ci-dessous, en anglais. Réponds en français et cite la section des règles sur laquelle repose ta réponse.",
  },
  es: {
    situation: 'Esta es una situación (descrita en inglés):',
    verdictAsk:
      '¿Cumple con las normas? Empieza tu respuesta con exactamente una de estas palabras en inglés: compliant, non-compliant, needs more information. Después justifícala en español y cita la sección de las normas en la que se basa.',
    request: 'Mi pregunta está abajo, en inglés. Responde en español y cita la sección de las normas en la que se basa tu respuesta.',
  },
};

export const OTHER_LANGUAGES = Object.keys(FRAMES) as Exclude<Language, 'en'>[];

const SITUATION_INTRO = 'Here is a situation.\n\n';

/** The request in another language's frame. */
export function inLanguage(content: string, lang: Exclude<Language, 'en'>): string {
  const f = FRAMES[lang];
  if (content.startsWith(SITUATION_INTRO) && content.endsWith(VERDICT_ASK)) {
    const narrative = content.slice(SITUATION_INTRO.length, content.length - VERDICT_ASK.length).trim();
    return `${f.situation}\n\n"""\n${narrative}\n"""\n\n${f.verdictAsk}`;
  }
  return `${f.request}\n\n"""\n${content}\n"""`;
}
