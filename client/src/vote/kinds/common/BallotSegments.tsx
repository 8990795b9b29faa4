import type { ReactNode } from 'react';

interface Option<V extends string | number> {
  readonly value: V;
  readonly label: ReactNode;
  /** A mark shown above the label (the status symbols), decorative. */
  readonly mark?: string;
}

interface Props<V extends string | number> {
  /** The group's name for the radio inputs: unique on the page. */
  readonly name: string;
  readonly legend: ReactNode;
  /** Hide the legend visually when the card already shows it (it still names the group). */
  readonly legendHidden?: boolean;
  readonly options: readonly Option<V>[];
  readonly value: V | undefined;
  readonly onChange: (value: V) => void;
  readonly className?: string;
}

/**
 * A row of radio buttons drawn as one segmented control: each segment at least 48 px square, the
 * whole row one tab stop, arrow keys moving the choice, as native radios do.
 */
export function BallotSegments<V extends string | number>(props: Props<V>) {
  const { name, legend, legendHidden = false, options, value, onChange, className } = props;
  return (
    <fieldset className={`segments ${className ?? ''}`}>
      <legend className={legendHidden ? 'visually-hidden' : 'segments__legend'}>{legend}</legend>
      <div className="segments__row">
        {options.map((option) => (
          <label
            key={option.value}
            className={`segment segment--${option.value} ${option.value === value ? 'is-on' : ''}`}
          >
            <input
              type="radio"
              className="segment__input"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            {option.mark && (
              <span className="segment__mark" aria-hidden="true">
                {option.mark}
              </span>
            )}
            <span className="segment__label">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
