import { useEffect, useState } from 'react';

interface Props {
  readonly value: string;
  readonly label: string;
  readonly maxLength: number;
  readonly onCommit: (value: string) => void;
}

/**
 * Renames something in place: the value is written when the field is left or on Enter, and Escape
 * puts it back. For short names (a stage title, a theme) that are saved whole rather than co-edited
 * character by character; an empty name is refused by putting the old one back.
 */
export function CommitInput({ value, label, maxLength, onCommit }: Props) {
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);

  // Someone else renamed it: follow, unless this person is typing.
  useEffect(() => {
    if (!focused) setDraft(value);
  }, [value, focused]);

  const commit = () => {
    const next = draft.trim();
    if (next === '' || next === value) setDraft(value);
    else onCommit(next);
  };

  return (
    <input
      className="input input--compact"
      aria-label={label}
      value={draft}
      maxLength={maxLength}
      dir="auto"
      autoComplete="off"
      onChange={(e) => setDraft(e.target.value)}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        commit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') {
          setDraft(value);
        }
      }}
    />
  );
}
