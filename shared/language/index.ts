export { chooseArticleLanguage, detectLanguage } from './detect-language';
export { normaliseLanguageTag } from './normalise-language-tag';
