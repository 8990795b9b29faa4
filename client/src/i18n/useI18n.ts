import { useContext } from 'react';
import { type I18n, I18nContext } from './I18nContext';

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it');
  return value;
}
