import './ChoiceGroup.css';

export interface ChoiceGroupProps<T extends string> {
  /** Names the radios (e.g. "theme"). */
  name: string;
  legend: string;
  value: T;
  choices: Record<T, string>;
  onChange: (value: T) => void;
  description?: string;
  /** The language of a choice's label, where it is not the page's (a language's own name). */
  langs?: Partial<Record<T, string>>;
}

/** One of a few choices: native radios in a fieldset, so arrow keys and screen readers work as usual. */
export function ChoiceGroup<T extends string>({
  name,
  legend,
  value,
  choices,
  onChange,
  description,
  langs,
}: ChoiceGroupProps<T>) {
  const descriptionId = `${name}-description`;
  return (
    <fieldset class="choice-group" aria-describedby={description ? descriptionId : undefined}>
      <legend class="choice-group__legend">{legend}</legend>
      {description && (
        <p id={descriptionId} class="choice-group__description">
          {description}
        </p>
      )}
      <div class="choice-group__choices">
        {(Object.keys(choices) as T[]).map((choice) => {
          const id = `${name}-${choice}`;
          return (
            <div key={choice} class="choice-group__choice">
              <input
                id={id}
                type="radio"
                name={name}
                value={choice}
                checked={value === choice}
                onChange={() => onChange(choice)}
              />
              <label for={id} lang={langs?.[choice]}>
                {choices[choice]}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
