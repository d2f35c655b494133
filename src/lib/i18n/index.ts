export * from './locales';
export {
  translate,
  translator,
  hasMessage,
  lookup,
  onFallback,
  type Fallback,
  type MessageParams,
} from './translate';
