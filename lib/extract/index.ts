export { collectCapture } from './collect-capture';
export { findByLocator, locatorFor, structuralLocator, isGeneratedName } from '../dom/locator';
export { profileLocatorsFor, resolveProfileField, accessibleName, type ProfileResolution } from './profile-locators';
export { pickElement } from './pick-element';
export { readFieldValue } from './read-field-value';
export type { DateOrder } from '../capture/parse-time';
export type { IdMask } from './mask';
