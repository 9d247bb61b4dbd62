import { foldCase } from './fold-word';

/**
 * Words that say nothing about which claim a sentence makes: function words, and the verbs of
 * attribution ("said", "claimed"), so "X said Y" matches "Y". Folded forms (see `foldWord`).
 * Arabic, Russian and Hindi particles too: left in, a reordered rewording puts one between other
 * neighbours and reads as "one part differs".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of in on at to for from by with about as into over under than then that this these those there ' +
    "it its it's be is are was were been being am do doe did done has have ha had having will would shall should can could may might must " +
    'he she they we you i me him her them us our your their his my who whom whose which what when where why how ' +
    'not no nor so too very just also only all any some each every both either neither such own same other another ' +
    'said say says saying told go goes going gone went get gets got getting now take took taken use used make made makes hit stand stands tell claim claimed claiming stated tweeted tweet wrote write posted according argued insisted suggested suggest ' +
    'de la le les el los las un una une des du et en y o e di da do dos das der die das und ist im zu von ' +
    'au aux sur pour par est ont al del para por hasta su sus se que na em ao pelo pela auf hat ' +
    'в во на до по за с со и что это как из от к у о об ' +
    'في من على الى إلى عن ان أن التي الذي ' +
    'में की के का है हैं हो गई गया गए ने को से तक और पर भी था थी थे कि यह वह लिए कहा'
  )
    .split(' ')
    // Listed as written; compared as `foldCase` leaves a word ("إلى" → "الي").
    .map(foldCase),
);
