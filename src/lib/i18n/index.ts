export * from './locales';
export {
  translate,
  translator,
  hasMessage,
  lookup,
  isolate,
  onFallback,
  type Fallback,
  type MessageParams,
} from './translate';
