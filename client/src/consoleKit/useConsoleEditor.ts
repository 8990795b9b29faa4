import { useContext } from 'react';
import { type ConsoleEditor, ConsoleEditorContext } from './ConsoleEditorContext';

export function useConsoleEditor(): ConsoleEditor {
  const value = useContext(ConsoleEditorContext);
  if (!value) throw new Error('useConsoleEditor needs a <ConsoleEditorProvider> above it');
  return value;
}
