export * from './locales';
export { translate, translator, hasMessage, lookup, type MessageParams } from './translate';
